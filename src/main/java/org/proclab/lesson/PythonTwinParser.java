package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.lesson.LessonCatalog.LessonFileException;

/**
 * Reads a lesson's or variant's {@code "python"} field: the twin's file, which must be in {@code lessons/python/},
 * and its line map, each Java line and each Python line within its file and on a line that runs something, so that
 * a map shifted by an edit of either program is caught when the lesson loads, not in front of a class.
 */
final class PythonTwinParser {
    private static final Set<String> FIELDS = Set.of("file", "lines", "otherFiles");
    private static final List<String> JAVA_COMMENTS = List.of("//", "/*", "*");
    private static final List<String> PYTHON_COMMENTS = List.of("#");

    private final JsonLines lines;
    private final ScriptParser scripts;
    private final LessonResources resources;

    PythonTwinParser(JsonLines lines, ScriptParser scripts, LessonResources resources) {
        this.lines = lines;
        this.scripts = scripts;
        this.resources = resources;
    }

    /** The twin at {@code at + "/python"} of {@code program}, or null if there is no such field. */
    PythonTwin parse(JsonNode parent, String at, String program) throws LessonFileException {
        JsonNode n = parent.get("python");
        String here = at + "/python";
        if (n == null) {
            return null;
        }
        if (!n.isObject()) {
            throw lines.problem(here, "\"python\" must be an object with \"file\" and \"lines\"");
        }
        scripts.only(n, here, FIELDS);
        String file = scripts.string(n, "file", here);
        if (file == null || !file.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.py")) {
            throw lines.problem(here + "/file", "\"file\" must be the name of a Python file in lessons/python/, such as \"pipe.py\"");
        }
        String source = resources.text(PythonTwin.RESOURCE_DIR + file);
        if (source == null) {
            throw lines.problem(here + "/file", "there is no lessons/python/" + file + " on the class path");
        }
        String javaResource = Lesson.sourceResource(program);
        String javaSource = resources.text(javaResource);
        if (javaSource == null) {
            throw lines.problem(here, "the source of " + program + " is not on the class path (" + javaResource
                    + "), so its lines cannot be mapped");
        }
        String javaFile = javaResource.substring(javaResource.lastIndexOf('/') + 1);
        return new PythonTwin(file, source, map(n.get("lines"), here + "/lines", javaFile, javaSource, file, source),
                otherFiles(n.get("otherFiles"), here + "/otherFiles", javaResource, file, source));
    }

    /** The line maps of the program's helper classes, each a .java file beside the program's own. */
    private Map<String, Map<Integer, Integer>> otherFiles(JsonNode n, String at, String javaResource, String pyFile,
                                                          String pySource) throws LessonFileException {
        Map<String, Map<Integer, Integer>> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            throw lines.problem(at, "\"otherFiles\" must be an object from a helper class's file name to its line map, "
                    + "such as {\"Report.java\": {\"39\": 215}}");
        }
        String dir = javaResource.substring(0, javaResource.lastIndexOf('/') + 1);
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String here = at + "/" + e.getKey();
            String source = e.getKey().matches("[A-Za-z0-9_$]+\\.java") ? resources.text(dir + e.getKey()) : null;
            if (source == null) {
                throw lines.problem(here, "\"" + e.getKey() + "\" is not a .java file beside the program (" + dir + ")");
            }
            out.put(e.getKey(), map(e.getValue(), here, e.getKey(), source, pyFile, pySource));
        }
        return out;
    }

    private Map<Integer, Integer> map(JsonNode n, String at, String javaFile, String javaSource, String pyFile,
                                      String pySource) throws LessonFileException {
        if (n == null || !n.isObject()) {
            throw lines.problem(at, "\"lines\" must be an object from Java line to Python line, such as {\"21\": 13}");
        }
        List<String> java = List.of(javaSource.split("\\R", -1));
        List<String> python = List.of(pySource.split("\\R", -1));
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String here = at + "/" + e.getKey();
            int javaLine;
            try {
                javaLine = Integer.parseInt(e.getKey());
            } catch (NumberFormatException x) {
                throw lines.problem(here, "\"" + e.getKey() + "\" is not a line number of " + javaFile);
            }
            checkLine(here, javaLine, java, javaFile, JAVA_COMMENTS);
            if (!e.getValue().isInt()) {
                throw lines.problem(here, "a Java line must map to a line number of " + pyFile);
            }
            int pyLine = e.getValue().asInt();
            checkLine(here, pyLine, python, pyFile, PYTHON_COMMENTS);
            out.put(javaLine, pyLine);
        }
        return out;
    }

    private void checkLine(String at, int line, List<String> text, String file, List<String> comments) throws LessonFileException {
        // a file ending in a line break has no line after it
        int count = text.size() > 0 && text.get(text.size() - 1).isEmpty() ? text.size() - 1 : text.size();
        if (line < 1 || line > count) {
            throw lines.problem(at, "line " + line + " is not in " + file + ", which has " + count + " lines");
        }
        String s = text.get(line - 1).strip();
        if (s.isEmpty() || comments.stream().anyMatch(s::startsWith)) {
            throw lines.problem(at, "line " + line + " of " + file + " is blank or only a comment: nothing runs there");
        }
    }
}
