package org.proclab.ui.timeline;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * One event on one line. {@link #describe} says it in the user's language ("sends 3 on pipe-1:1",
 * "在 pipe-1:1 上发送 3") from the {@code event.*} keys of the message bundle; {@link #raw} keeps the trace
 * format's own words ("send end=pipe-1:1 message=3 msg=7") for tooltips and for a kind without a sentence.
 * The process that did it is not named: every view shows it beside the sentence.
 */
public final class EventText {
    private static final int MAX_TEXT = 80;
    private static final String PREFIX = "event.";
    private static final Pattern SIGNAL = Pattern.compile("killed by signal (\\d+)");
    private static final Pattern TYPED = Pattern.compile("[a-zA-Z]:(.*)", Pattern.DOTALL);

    private EventText() {}

    /** The sentence, then the source line if known: "sends 3 on pipe-1:1  (PipeLesson.java:32)". */
    public static String describe(Event e, ResourceBundle b) {
        String s = sentence(e, b);
        return e.file() == null ? s : s + "  (" + location(e) + ")";
    }

    /** The event as a sentence in the bundle's language, without its source line. */
    public static String sentence(Event e, ResourceBundle b) {
        String k = PREFIX + e.kind().wireName();
        if (!b.containsKey(k)) {
            return withoutLocation(e); // a kind nobody has worded yet still shows what it is
        }
        String obj = e.obj() == null ? "?" : e.obj();
        String text = shorten(e.text());
        return switch (e.kind()) {
            case START -> e.hasNum()
                    ? f(b, k, word(b, "role", e.obj()), e.num())
                    : f(b, k + ".noNum", word(b, "role", e.obj()));
            case EXIT -> exit(e, b, k);
            case JOIN, READY, ORPHAN, SLEEP, CPU, POOL_NEW -> e.hasNum() ? f(b, k, obj, e.num()) : f(b, k + ".noNum", obj);
            case QUEUE_NEW -> !e.hasNum() || e.num() == 0 ? f(b, k + ".unbounded", obj) : f(b, k, obj, e.num());
            case BLOCK -> block(e, b, k, obj, text);
            case TASK_DONE -> switch (org.proclab.ui.pool.TaskEnd.of(e)) {
                case RETURNED -> f(b, k, obj, text);
                case RAISED -> f(b, k + ".failed", obj, text);
                case WORKER_ENDED -> text == null ? f(b, k + ".workerEnded.noCode", obj) : f(b, k + ".workerEnded", obj, text);
                case CANCELLED -> f(b, k + ".cancelled", obj);
            };
            case TERMINATE, KILL -> f(b, k, e.text() == null ? "pid " + obj : f(b, PREFIX + "who", text, obj));
            case VALUE_NEW -> f(b, k, obj, initial(text));
            // a word for the known values of text ("stdout", "fork", "close", ...), else the general sentence
            case OUTPUT, PIPE_NEW, POLL, CLOSE, HANDLE, STOP, CALLBACK, POOL_STATE, BARRIER_WAIT, MANAGER_STATE -> {
                String value = e.kind() == EventKind.OUTPUT ? e.obj() : e.text();
                String variant = k + "." + key(value);
                yield f(b, value != null && b.containsKey(variant) ? variant : k, obj, text);
            }
            default -> f(b, k, obj, text);
        };
    }

    private static String exit(Event e, ResourceBundle b, String k) {
        String how = how(e.text(), b);
        return e.hasNum() ? f(b, k, how, e.num()) : f(b, k + ".noNum", how);
    }

    /** How a process ended, as the kernel words it ("returned", "killed by signal 9"), in the bundle's language. */
    public static String how(String kernelWords, ResourceBundle b) {
        String how = kernelWords;
        Matcher m = how == null ? null : SIGNAL.matcher(how);
        if (m != null && m.matches()) {
            how = f(b, PREFIX + "how.signal", m.group(1));
        } else if (how != null && how.startsWith("ended; its exit code is unknown")) {
            how = f(b, PREFIX + "how.unknown");
        } else if (how != null && b.containsKey(PREFIX + "how." + key(how))) {
            how = f(b, PREFIX + "how." + key(how));
        } else {
            how = how == null ? "?" : shorten(how); // System.exit(2) reads the same in every language
        }
        return how;
    }

    private static String block(Event e, ResourceBundle b, String k, String obj, String call) {
        if ("results".equals(e.text())) {
            return f(b, k + ".results", obj); // a pool's result handler, not a call in the program
        }
        if (e.hasNum() && e.num() == 0) {
            return f(b, k + ".helper", obj, call);
        }
        if ("join()".equals(e.text()) && obj.chars().allMatch(Character::isDigit)) {
            return f(b, k + ".join", obj); // join() waits on a child, named by its pid
        }
        return f(b, k, obj, call);
    }

    /** "i:0" is a value's type code and initial value; the sentence says only the value. */
    private static String initial(String text) {
        if (text == null) {
            return "?";
        }
        Matcher m = TYPED.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    private static String word(ResourceBundle b, String group, String value) {
        String k = PREFIX + group + "." + key(value);
        return value != null && b.containsKey(k) ? f(b, k) : value == null ? "?" : value;
    }

    /** A value as part of a key: "terminated (SIGTERM)" is {@code terminated_SIGTERM}. */
    private static String key(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * Every {@code event.*} pattern goes through MessageFormat, with or without arguments, so an apostrophe
     * is always written {@code ''}. Numbers are passed as text: a pid must not read "19,740".
     */
    private static String f(ResourceBundle b, String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(b.getString(key), b.getLocale()).format(texts);
    }

    /** The event's kind and fields, named as in the trace format, then its source line if known. */
    public static String raw(Event e) {
        String s = withoutLocation(e);
        return e.file() == null ? s : s + "  (" + location(e) + ")";
    }

    private static String withoutLocation(Event e) {
        EventKind k = e.kind();
        StringBuilder sb = new StringBuilder(k.wireName());
        if (k.objName() != null && e.obj() != null) {
            sb.append(' ').append(k.objName()).append('=').append(e.obj());
        }
        if (k.textName() != null && e.text() != null) {
            sb.append(' ').append(k.textName()).append('=').append(shorten(e.text()));
        }
        if (k.numName() != null && e.hasNum()) {
            sb.append(' ').append(k.numName()).append('=').append(e.num());
        }
        return sb.toString();
    }

    /** "PipeLesson.java:32", or null when the event has no program line. */
    public static String location(Event e) {
        return e.file() == null ? null : e.file() + ":" + e.line();
    }

    /** A text from the program on one line, cut to a length a row can show. */
    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\n', ' ').replace('\r', ' ');
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT - 1) + "\u2026" : t;
    }

    /**
     * Who did an event, for people: the process's name; ProcLab itself for its kernel (pid 0) and for the
     * app, the main process's parent; the system for pid 1, which collects orphans' exit codes.
     */
    public static String who(long pid, org.proclab.ui.model.ProcessTreeModel tree, ResourceBundle b) {
        org.proclab.ui.model.ProcessNode n = tree.process(pid);
        if (n != null) {
            return n.name();
        }
        if (pid == 0 || tree.roots().stream().anyMatch(r -> "main".equals(r.role()) && r.parentPid() == pid)) {
            return b.getString("who.proclab");
        }
        return pid == 1 ? b.getString("who.system") : Long.toString(pid);
    }

    /** The event's time since the run started, in milliseconds with three decimals. */
    public static String millis(Event e) {
        return String.format(Locale.ROOT, "%.3f", e.millis());
    }
}
