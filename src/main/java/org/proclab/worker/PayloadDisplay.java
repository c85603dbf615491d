package org.proclab.worker;

import java.util.Collection;
import java.util.Map;

/**
 * The short text the views show for a message. Collections are written only as far as the text goes
 * ({@code toString} of a list of millions would build megabytes to show 48 characters); the top-level
 * null is Python's {@code None}.
 */
final class PayloadDisplay {
    static final int MAX = 48;

    private PayloadDisplay() {}

    static String of(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value.toString(); // at most 24 characters: the text the general path below makes
        }
        StringBuilder sb = new StringBuilder();
        if (value == null) {
            sb.append("None");
        } else if (value instanceof String s) {
            sb.append('\'').append(s, 0, Math.min(s.length(), MAX)).append('\'');
        } else {
            append(sb, value);
        }
        return sb.length() <= MAX ? sb.toString() : sb.substring(0, MAX - 1) + "…";
    }

    private static void append(StringBuilder sb, Object o) {
        if (sb.length() > MAX) {
            return;
        }
        try {
            if (o instanceof byte[] b) {
                sb.append("bytes[").append(b.length).append(']');
            } else if (o != null && o.getClass().isArray()) {
                sb.append(o.getClass().getComponentType().getSimpleName()).append('[')
                        .append(java.lang.reflect.Array.getLength(o)).append(']');
            } else if (o instanceof Collection<?> c && isJdk(c)) {
                sb.append('[');
                String sep = "";
                for (Object e : c) {
                    if (sb.length() > MAX) {
                        break;
                    }
                    sb.append(sep);
                    append(sb, e == c ? "(this Collection)" : e);
                    sep = ", ";
                }
                sb.append(']');
            } else if (o instanceof Map<?, ?> m && isJdk(m)) {
                sb.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (sb.length() > MAX) {
                        break;
                    }
                    sb.append(sep);
                    append(sb, e.getKey());
                    sb.append('=');
                    append(sb, e.getValue());
                    sep = ", ";
                }
                sb.append('}');
            } else {
                String s = String.valueOf(o);
                sb.append(s, 0, Math.min(s.length(), MAX + 1 - sb.length()));
            }
        } catch (RuntimeException e) {
            // a toString that throws, or a collection changed meanwhile: show what there is
            sb.append('<').append(o.getClass().getSimpleName()).append('>');
        }
    }

    /** A program's own collection keeps its own toString. */
    private static boolean isJdk(Object o) {
        return o.getClass().getModule().isNamed();
    }
}
