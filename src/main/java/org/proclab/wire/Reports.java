package org.proclab.wire;

import java.util.regex.Pattern;

/**
 * How {@code MP.report(key, value)} travels in one REPORT operation: its text is the key, '=', and the value.
 * A key is a short name of letters, digits and {@code . - _}, so it never holds '='; both sides cut what
 * they send or keep to the limits here, so a report cannot grow the event log without bound.
 */
public final class Reports {
    /** The longest key. */
    public static final int MAX_KEY = 64;
    /** The longest value; a longer one is cut and ends with "…". */
    public static final int MAX_VALUE = 1000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_KEY + "}");

    private Reports() {}

    /** True if {@code key} may name a report. */
    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The operation's text for a valid key and a value (cut to {@link #MAX_VALUE}). */
    public static String encode(String key, String value) {
        return key + '=' + cut(value == null ? "null" : value);
    }

    /** The key in an operation's text: what comes before the first '=' (the whole text without one). */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** The value in an operation's text: what comes after the first '=' (empty without one). */
    public static String value(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        return eq < 0 ? "" : cut(text.substring(eq + 1));
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "\u2026";
    }
}
