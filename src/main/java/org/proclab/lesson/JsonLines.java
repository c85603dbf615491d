package org.proclab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.proclab.lesson.LessonCatalog.LessonFileException;

/**
 * Where each value of a JSON text starts, by JSON pointer ("/script/0/when" → line 12), so that a mistake found in
 * the parsed tree can still name its line.
 */
final class JsonLines {
    private final String file;
    private final Map<String, Integer> lines;

    private JsonLines(String file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    static JsonLines of(String file, String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line);
                } else if (p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inArray()
                        && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
                    lines.putIfAbsent(p.getParsingContext().getParent().pathAsPointer().toString(), line);
                } else if (p.getParsingContext().inArray() && t.isScalarValue()) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line);
                }
            }
        } catch (IOException e) {
            // the file was already read as a tree; lines are only a help
        }
        return new JsonLines(file, lines);
    }

    String file() {
        return file;
    }

    /** The line of the value at {@code at}, or of the nearest enclosing one; the file's first line for the whole file. */
    int lineOf(String at) {
        String p = at;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
        return 1;
    }

    /** A mistake at JSON pointer {@code at}: "lessons/pipe.json line 31: /script/4/answer/then: ...". */
    LessonFileException problem(String at, String what) {
        return new LessonFileException(file, lineOf(at), at + ": " + what);
    }
}
