package org.proclab.lesson;

import java.util.List;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * What a lesson says while it runs: narration lines, each due when a matching event happens, and
 * predictions the student makes before an operation runs, checked against the run afterwards. Read from
 * a lesson file's {@code "script"} list; the format is described in {@code docs/lesson-format.md}.
 */
public record Script(List<Narration> narrations, List<Prediction> predictions, Text explanation) {
    public static final Script EMPTY = new Script(List.of(), List.of(), null);

    public Script {
        narrations = List.copyOf(narrations);
        predictions = List.copyOf(predictions);
    }

    public Script(List<Narration> narrations, List<Prediction> predictions) {
        this(narrations, predictions, null);
    }

    /** No narration and no prediction (an explanation alone does not make a script). */
    public boolean isEmpty() {
        return narrations.isEmpty() && predictions.isEmpty();
    }

    /** The same script with the lesson's (or variant's) explanation, shown with the prediction's verdict. */
    public Script withExplanation(Text text) {
        return new Script(narrations, predictions, text);
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

    /**
     * A line to show once an event matches {@code when}. Without a condition ({@code test} null) that is the
     * first such event. With one, and no {@code otherwise}, it is the first such event after which the
     * condition holds; with an {@code otherwise}, the line is decided at the first such event: {@code say}
     * if the condition holds then, else {@code otherwise}.
     */
    public record Narration(Match when, Condition test, Text say, Text otherwise) {
        public Narration(Match when, Text say) {
            this(when, null, say, null);
        }
    }

    /** A number a condition asks for: exactly {@code min} when both are equal, else at least / at most (null: any). */
    public record Count(Integer min, Integer max) {
        public static Count exactly(int n) {
            return new Count(n, n);
        }

        public boolean test(int n) {
            return (min == null || n >= min) && (max == null || n <= max);
        }

        @Override
        public String toString() {
            return java.util.Objects.equals(min, max) ? String.valueOf(min)
                    : (min == null ? "" : ">= " + min) + (min != null && max != null ? " and " : "") + (max == null ? "" : "<= " + max);
        }
    }

    /** What a condition may ask of a process, by name. */
    public enum ProcessIs {
        /** Alive, and its main thread does not wait in a call. */
        RUNNING,
        /** Alive, and its main thread waits in a call. */
        BLOCKED,
        ALIVE,
        /** Ended, its exit code not collected yet. */
        ZOMBIE,
        /** Ended and collected. */
        JOINED,
        /** Ended, collected or not. */
        ENDED,
        /** Alive, and its parent ended: it has a new parent. */
        ORPHAN;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean test(StoryState.Proc p) {
            if (p == null) {
                return false; // not started (yet): none of these
            }
            return switch (this) {
                case RUNNING -> p.life() == StoryState.Life.RUNNING;
                case BLOCKED -> p.life() == StoryState.Life.BLOCKED;
                case ALIVE -> p.life().alive();
                case ZOMBIE -> p.life() == StoryState.Life.ZOMBIE;
                case JOINED -> p.life() == StoryState.Life.JOINED;
                case ENDED -> !p.life().alive();
                case ORPHAN -> p.life().alive() && p.orphan();
            };
        }
    }

    /**
     * What must hold of the run's state (a {@link StoryState}) right after the matching event, for a line that
     * states a fact. Every part must hold; an empty map asks nothing.
     *
     * @param open    per pipe end or queue, the names of the processes holding an open handle of it (sorted; empty: none)
     * @param queued  per queue, the number of items waiting in it; per pipe end, the messages on their way to it
     * @param lost    per shared value, the number of its updates lost so far
     * @param running per pool, the number of its tasks a worker runs now
     * @param waiting per pool, the number of its tasks waiting for a worker
     * @param state   per process name, what it is
     */
    public record Condition(java.util.Map<String, List<String>> open, java.util.Map<String, Count> queued,
                            java.util.Map<String, Count> lost, java.util.Map<String, Count> running,
                            java.util.Map<String, Count> waiting, java.util.Map<String, ProcessIs> state) {
        public Condition {
            open = java.util.Map.copyOf(open);
            queued = java.util.Map.copyOf(queued);
            lost = java.util.Map.copyOf(lost);
            running = java.util.Map.copyOf(running);
            waiting = java.util.Map.copyOf(waiting);
            state = java.util.Map.copyOf(state);
        }

        public boolean test(StoryState s) {
            return open.entrySet().stream().allMatch(e -> s.openHolders(e.getKey()).equals(e.getValue()))
                    && queued.entrySet().stream().allMatch(e -> e.getValue().test(s.queued(e.getKey())))
                    && lost.entrySet().stream().allMatch(e -> e.getValue().test(s.lost(e.getKey())))
                    && running.entrySet().stream().allMatch(e -> e.getValue().test(s.running(e.getKey())))
                    && waiting.entrySet().stream().allMatch(e -> e.getValue().test(s.waiting(e.getKey())))
                    && state.entrySet().stream().allMatch(e -> e.getValue().test(s.process(e.getKey())));
        }
    }

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
