package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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

    private final JsonLines lines;

    ScriptParser(JsonLines lines) {
        this.lines = lines;
    }

    /** Reads {@code script} (the node at JSON pointer {@code at}); null gives an empty script. */
    Script parse(JsonNode script, String at) throws LessonFileException {
        if (script == null || script.isNull()) {
            return Script.EMPTY;
        }
        return script(script, at);
    }

    private LessonFileException problem(String at, String what) {
        return lines.problem(at, what);
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
                narrations.add(narration(step, here));
            } else if (step.has("ask")) {
                predictions.add(prediction(step, here));
            } else {
                throw problem(here, "a step needs \"say\" (narration) or \"ask\" (prediction)");
            }
        }
        return new Script(narrations, predictions);
    }

    private Script.Narration narration(JsonNode step, String at) throws LessonFileException {
        only(step, at, Set.of("when", "if", "say", "else"));
        Script.Condition test = step.has("if") ? condition(step.get("if"), at + "/if") : null;
        if (step.has("else") && test == null) {
            throw problem(at + "/else", "\"else\" is said when the \"if\" does not hold: this step has no \"if\"");
        }
        return new Script.Narration(match(step.get("when"), at + "/when"), test, text(step.get("say"), at + "/say"),
                step.has("else") ? text(step.get("else"), at + "/else") : null);
    }

    private Script.Condition condition(JsonNode n, String at) throws LessonFileException {
        if (!n.isObject() || n.isEmpty()) {
            throw problem(at, "\"if\" must be an object with \"open\", \"queued\", \"lost\", \"tasks\" or \"state\"");
        }
        only(n, at, Set.of("open", "queued", "lost", "tasks", "state"));
        Map<String, List<String>> open = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(n.get("open"), at + "/open", "a handle's id such as \"pipe-1:1\"")) {
            String here = at + "/open/" + e.getKey();
            if (!e.getValue().isArray()) {
                throw problem(here, "must be a list of process names (empty: no open handle)");
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                JsonNode name = e.getValue().get(i);
                if (!name.isTextual() || name.asText().isBlank()) {
                    throw problem(here + "/" + i, "must be a process name");
                }
                names.add(name.asText());
            }
            names.sort(null);
            open.put(e.getKey(), names);
        }
        Map<String, Script.Count> queued = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(n.get("queued"), at + "/queued", "a queue's id such as \"queue-1\" or a pipe end's such as \"pipe-1:0\"")) {
            queued.put(e.getKey(), count(e.getValue(), at + "/queued/" + e.getKey()));
        }
        Map<String, Script.Count> lost = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(n.get("lost"), at + "/lost", "a shared value's id such as \"value-1\"")) {
            lost.put(e.getKey(), count(e.getValue(), at + "/lost/" + e.getKey()));
        }
        Map<String, Script.Count> running = new LinkedHashMap<>();
        Map<String, Script.Count> waiting = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(n.get("tasks"), at + "/tasks", "a pool's id such as \"pool-1\"")) {
            String here = at + "/tasks/" + e.getKey();
            if (!e.getValue().isObject() || e.getValue().isEmpty()) {
                throw problem(here, "must be an object with \"running\" and/or \"waiting\"");
            }
            only(e.getValue(), here, Set.of("running", "waiting"));
            if (e.getValue().has("running")) {
                running.put(e.getKey(), count(e.getValue().get("running"), here + "/running"));
            }
            if (e.getValue().has("waiting")) {
                waiting.put(e.getKey(), count(e.getValue().get("waiting"), here + "/waiting"));
            }
        }
        Map<String, Script.ProcessIs> state = new LinkedHashMap<>();
        List<String> states = java.util.Arrays.stream(Script.ProcessIs.values()).map(Script.ProcessIs::jsonName).toList();
        for (Map.Entry<String, JsonNode> e : fields(n.get("state"), at + "/state", "a process name")) {
            String s = e.getValue().isTextual() ? e.getValue().asText() : null;
            if (s == null || !states.contains(s)) {
                throw problem(at + "/state/" + e.getKey(), "a process's state must be one of " + states);
            }
            state.put(e.getKey(), Script.ProcessIs.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
        }
        return new Script.Condition(open, queued, lost, running, waiting, state);
    }

    private List<Map.Entry<String, JsonNode>> fields(JsonNode n, String at, String key) throws LessonFileException {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject() || n.isEmpty()) {
            throw problem(at, "must be an object whose keys are each " + key);
        }
        out.addAll(n.properties());
        return out;
    }

    private Script.Count count(JsonNode n, String at) throws LessonFileException {
        if (n.isInt() && n.asInt() >= 0) {
            return Script.Count.exactly(n.asInt());
        }
        if (n.isObject() && !n.isEmpty()) {
            only(n, at, Set.of("min", "max"));
            Integer min = null;
            Integer max = null;
            if (n.has("min")) {
                min = wholeNumber(n.get("min"), at + "/min");
            }
            if (n.has("max")) {
                max = wholeNumber(n.get("max"), at + "/max");
            }
            if (min != null && max != null && min > max) {
                throw problem(at, "\"min\" is more than \"max\"");
            }
            return new Script.Count(min, max);
        }
        throw problem(at, "a count must be a whole number, or an object with \"min\" and/or \"max\"");
    }

    private int wholeNumber(JsonNode n, String at) throws LessonFileException {
        if (!n.isInt() || n.asInt() < 0) {
            throw problem(at, "must be a whole number, 0 or more");
        }
        return n.asInt();
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

    String string(JsonNode parent, String field, String at) throws LessonFileException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw problem(at + "/" + field, "\"" + field + "\" must be a string");
        }
        return n.asText();
    }

    Text text(JsonNode n, String at) throws LessonFileException {
        if (n == null || !n.isObject()) {
            throw problem(at, "a text must be an object such as {\"en\": \"...\", \"zh\": \"...\"}");
        }
        Map<String, String> by = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : n.properties()) {
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

    void only(JsonNode n, String at, Set<String> allowed) throws LessonFileException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw problem(at + "/" + f, "unknown field \"" + f + "\" (expected one of " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }
}
