package org.proclab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.lesson.LessonCatalog.LessonFileException;
import org.proclab.trace.EventKind;

/**
 * Reads and checks a {@code "script"} list. Every mistake names the file and the line of the step (or
 * field) that is wrong, so whoever writes a lesson finds it at once.
 */
final class ScriptParser {
    /** Every text of a script must be written in each of these languages. */
    static final List<String> LANGUAGES = List.of("en", "zh");

    private final String file;
    private final Map<String, Integer> lines;

    private ScriptParser(String file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads {@code script} (the node at JSON pointer {@code at} of {@code json}); null gives an empty script. */
    static Script parse(String file, String json, JsonNode script, String at) throws LessonFileException {
        if (script == null || script.isNull()) {
            return Script.EMPTY;
        }
        return new ScriptParser(file, lineMap(json)).script(script, at);
    }

    /** The line where each value starts, by JSON pointer ("/script/0/when"). */
    private static Map<String, Integer> lineMap(String json) {
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
        return lines;
    }

    private LessonFileException problem(String at, String what) {
        String p = at;
        Integer line = null;
        while (line == null && !p.isEmpty()) {
            line = lines.get(p);
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
        return new LessonFileException(file, line == null ? 0 : line, at + ": " + what);
    }

    private Script script(JsonNode node, String at) throws LessonFileException {
        if (!node.isArray()) {
            throw problem(at, "\"script\" must be a list of steps");
        }
        List<Script.Narration> narrations = new ArrayList<>();
        List<Script.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            String here = at + "/" + i;
            if (!step.isObject()) {
                throw problem(here, "a step must be an object");
            }
            if (step.has("say")) {
                only(step, here, Set.of("when", "say"));
                narrations.add(new Script.Narration(match(step.get("when"), here + "/when"), text(step.get("say"), here + "/say")));
            } else if (step.has("ask")) {
                predictions.add(prediction(step, here));
            } else {
                throw problem(here, "a step needs \"say\" (narration) or \"ask\" (prediction)");
            }
        }
        return new Script(narrations, predictions);
    }

    private Script.Prediction prediction(JsonNode step, String at) throws LessonFileException {
        only(step, at, Set.of("before", "ask", "choices", "answer"));
        Script.Before before = null;
        JsonNode b = step.get("before");
        if (b != null) {
            if (!b.isObject()) {
                throw problem(at + "/before", "\"before\" must be an object with \"process\" and/or \"what\"");
            }
            only(b, at + "/before", Set.of("process", "what"));
            before = new Script.Before(string(b, "process", at + "/before"), string(b, "what", at + "/before"));
        }
        Text ask = text(step.get("ask"), at + "/ask");
        JsonNode cs = step.get("choices");
        if (cs == null || !cs.isArray() || cs.size() < 2 || cs.size() > 4) {
            throw problem(at + (cs == null ? "" : "/choices"), "a prediction needs \"choices\": a list of 2 to 4 texts");
        }
        List<Text> choices = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            choices.add(text(cs.get(i), at + "/choices/" + i));
        }
        return new Script.Prediction(before, ask, choices, answer(step.get("answer"), at + "/answer", choices.size()));
    }

    private Script.Answer answer(JsonNode a, String at, int choices) throws LessonFileException {
        if (a == null) {
            throw problem(at.substring(0, at.lastIndexOf('/')), "a prediction needs an \"answer\"");
        }
        if (a.isInt()) {
            return Script.Answer.fixed(index(a, at, choices));
        }
        if (!a.isObject()) {
            throw problem(at, "\"answer\" must be a choice index or an object with \"event\" or \"output\"");
        }
        only(a, at, Set.of("event", "output", "then", "else"));
        Script.Match m;
        if (a.has("event") == a.has("output")) {
            throw problem(at, "\"answer\" needs exactly one of \"event\" and \"output\"");
        } else if (a.has("event")) {
            m = match(a.get("event"), at + "/event");
        } else {
            if (!a.get("output").isTextual()) {
                throw problem(at + "/output", "\"output\" must be a string (a piece of an output line)");
            }
            m = new Script.Match(EventKind.OUTPUT, null, null, a.get("output").asText());
        }
        if (!a.has("then") || !a.has("else")) {
            throw problem(at, "\"answer\" needs \"then\" (the right choice if it happened) and \"else\"");
        }
        return new Script.Answer(null, m, index(a.get("then"), at + "/then", choices), index(a.get("else"), at + "/else", choices));
    }

    private int index(JsonNode n, String at, int choices) throws LessonFileException {
        if (!n.isInt() || n.asInt() < 0 || n.asInt() >= choices) {
            throw problem(at, "choice index " + n + " is not one of 0.." + (choices - 1));
        }
        return n.asInt();
    }

    private Script.Match match(JsonNode n, String at) throws LessonFileException {
        if (n == null) {
            return new Script.Match(null, null, null, null);
        }
        if (!n.isObject()) {
            throw problem(at, "a matcher must be an object with \"kind\", \"process\", \"object\" or \"text\"");
        }
        only(n, at, Set.of("kind", "process", "object", "text"));
        EventKind kind = null;
        String k = string(n, "kind", at);
        if (k != null) {
            try {
                kind = EventKind.fromWireName(k);
                if (!kind.wireName().equals(k)) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw problem(at + "/kind", "unknown event kind \"" + k + "\"");
            }
        }
        return new Script.Match(kind, string(n, "process", at), string(n, "object", at), string(n, "text", at));
    }

    private String string(JsonNode parent, String field, String at) throws LessonFileException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw problem(at + "/" + field, "\"" + field + "\" must be a string");
        }
        return n.asText();
    }

    private Text text(JsonNode n, String at) throws LessonFileException {
        if (n == null || !n.isObject()) {
            throw problem(at, "a text must be an object such as {\"en\": \"...\", \"zh\": \"...\"}");
        }
        Map<String, String> by = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isTextual()) {
                throw problem(at + "/" + f.getKey(), "a text must be a string");
            }
            by.put(f.getKey(), f.getValue().asText());
        }
        for (String lang : LANGUAGES) {
            if (by.getOrDefault(lang, "").isBlank()) {
                throw problem(at, "the text in language \"" + lang + "\" is missing");
            }
        }
        return new Text(by);
    }

    private void only(JsonNode n, String at, Set<String> allowed) throws LessonFileException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw problem(at + "/" + f, "unknown field \"" + f + "\" (expected one of " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }
}
