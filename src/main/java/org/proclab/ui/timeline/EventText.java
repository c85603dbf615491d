package org.proclab.ui.timeline;

import java.util.Locale;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** One event on one line, in the trace format's own words: "send end=p1.w value=hello  (Lesson.java:12)". */
public final class EventText {
    private static final int MAX_TEXT = 80;

    private EventText() {}

    /** The event's kind and fields, named as in the trace format, then its source line if known. */
    public static String describe(Event e) {
        EventKind k = e.kind();
        StringBuilder sb = new StringBuilder(k.wireName());
        if (k.objName() != null && e.obj() != null) {
            sb.append(' ').append(k.objName()).append('=').append(e.obj());
        }
        if (k.textName() != null && e.text() != null) {
            String t = e.text().replace('\n', ' ').replace('\r', ' ');
            if (t.length() > MAX_TEXT) {
                t = t.substring(0, MAX_TEXT - 1) + "\u2026";
            }
            sb.append(' ').append(k.textName()).append('=').append(t);
        }
        if (k.numName() != null && e.hasNum()) {
            sb.append(' ').append(k.numName()).append('=').append(e.num());
        }
        if (e.file() != null) {
            sb.append("  (").append(e.file()).append(':').append(e.line()).append(')');
        }
        return sb.toString();
    }

    /** The event's time since the run started, in milliseconds with three decimals. */
    public static String millis(Event e) {
        return String.format(Locale.ROOT, "%.3f", e.millis());
    }
}
