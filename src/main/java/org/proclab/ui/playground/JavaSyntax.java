package org.proclab.ui.playground;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Java's colours for the editor: keywords, ProcLab's API classes, strings and characters, comments,
 * annotations and numbers, as style classes ({@code .java-keyword}, ...) over the text. A lexer of
 * patterns, not a parser: it only colours, so a half-typed line costs nothing.
 */
public final class JavaSyntax {
    private static final String[] KEYWORDS = {
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
        "protected", "public", "record", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
        "this", "throw", "throws", "transient", "try", "var", "void", "volatile", "while", "true", "false", "null",
    };
    /** ProcLab's classes a program uses most, coloured apart so a student sees what is the library's. */
    static final Set<String> API = Set.of("Process", "Pipe", "Connection", "Queue", "Lock", "Value", "Pool", "MP",
            "AsyncResult", "Empty", "TaskError", "TimeoutError");
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>//[^\\n]*|/\\*(?:.|\\R)*?\\*/)"
            + "|(?<TEXTBLOCK>\"\"\"(?:.|\\R)*?\"\"\")"
            + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')"
            + "|(?<ANNOTATION>@\\w+)"
            + "|(?<NUMBER>\\b\\d[\\d_]*(?:\\.\\d+)?[lLfFdD]?\\b)"
            + "|(?<WORD>\\b[A-Za-z_$][\\w$]*\\b)");
    private static final Set<String> KEYWORD_SET = Set.of(KEYWORDS);

    private JavaSyntax() {}

    /** The style classes of every character of {@code text}, as spans (no class: plain code). */
    public static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = styleOf(m);
            if (style == null) {
                continue;
            }
            spans.add(List.of(), m.start() - last);
            spans.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static String styleOf(Matcher m) {
        if (m.group("COMMENT") != null) {
            return "java-comment";
        }
        if (m.group("TEXTBLOCK") != null || m.group("STRING") != null) {
            return "java-string";
        }
        if (m.group("ANNOTATION") != null) {
            return "java-annotation";
        }
        if (m.group("NUMBER") != null) {
            return "java-number";
        }
        String w = m.group("WORD");
        if (KEYWORD_SET.contains(w)) {
            return "java-keyword";
        }
        return API.contains(w) ? "java-api" : null;
    }

    /** The same spans with {@code extra} added to the characters from {@code start} to {@code end}. */
    public static StyleSpans<Collection<String>> add(StyleSpans<Collection<String>> spans, int start, int end, String extra) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (var span : spans) {
            int s = pos;
            int e = pos + span.getLength();
            // up to three pieces: before the range, inside it, after it
            int a = Math.max(s, Math.min(e, start));
            int z = Math.max(a, Math.min(e, end));
            if (a > s) {
                b.add(span.getStyle(), a - s);
            }
            if (z > a) {
                List<String> with = new ArrayList<>(span.getStyle());
                with.add(extra);
                b.add(with, z - a);
            }
            if (e > z) {
                b.add(span.getStyle(), e - z);
            }
            pos = e;
        }
        return b.create();
    }
}
