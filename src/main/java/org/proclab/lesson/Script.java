package org.proclab.lesson;

import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * What a lesson says while it runs: narration lines, each due when a matching event happens, and
 * predictions the student makes before an operation runs, checked against the run afterwards. Read from
 * a lesson file's {@code "script"} list; the format is described in {@code docs/lesson-format.md}.
 */
public record Script(List<Narration> narrations, List<Prediction> predictions) {
    public static final Script EMPTY = new Script(List.of(), List.of());

    public Script {
        narrations = List.copyOf(narrations);
        predictions = List.copyOf(predictions);
    }

    public boolean isEmpty() {
        return narrations.isEmpty() && predictions.isEmpty();
    }

    /**
     * Which events a step is about. Every field is optional (null matches anything): the event's kind, the
     * name of the process that caused it (from its START event), its {@code obj} exactly, and a piece of its
     * {@code text} (an output line, say).
     */
    public record Match(EventKind kind, String process, String object, String text) {
        public boolean test(Event e, String processName) {
            return (kind == null || kind == e.kind())
                    && (process == null || process.equals(processName))
                    && (object == null || object.equals(e.obj()))
                    && (text == null || (e.text() != null && e.text().contains(text)));
        }
    }

    /** A line to show once an event matches {@code when}. */
    public record Narration(Match when, Text say) {}

    /**
     * Where to stop the run for a prediction: the next operation of the named process whose description
     * (the scheduler's "recv() on pipe-1:0", "set(4) on value-1") starts with {@code what}. Either may be null.
     */
    public record Before(String process, String what) {
        public boolean test(String processName, String operation) {
            return (process == null || process.equals(processName))
                    && (what == null || (operation != null && operation.startsWith(what)));
        }
    }

    /**
     * Which choice turns out right. Either a fixed {@code choice}, or a check on the run: if some event
     * matches {@code event} the right choice is {@code then}, if the run ended without one it is
     * {@code otherwise}.
     */
    public record Answer(Integer choice, Match event, int then, int otherwise) {
        public static Answer fixed(int choice) {
            return new Answer(choice, null, choice, choice);
        }

        public boolean isFixed() {
            return choice != null;
        }
    }

    /** A question with two to four choices; {@code before} may be null (then it is asked before the run). */
    public record Prediction(Before before, Text ask, List<Text> choices, Answer answer) {
        public Prediction {
            choices = List.copyOf(choices);
        }
    }
}
