package org.proclab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * A lesson script played against a run's events: which narration lines are due so far, and what each
 * prediction turned out to be. A pure fold, so a live run, the timeline and a saved trace say the same.
 * Each event makes at most one line due, the first of the script not yet said that matches it (and whose
 * condition, if it has one, holds in the {@link StoryState} after that event); so two lines about "recv"
 * are said at the first and the second recv.
 */
public final class ScriptPlayer {
    /**
     * A narration line that is due: its place in the script, the event that made it due, and its text; {@code
     * otherwise} when it is the step's {@code else} text (its condition did not hold).
     */
    public record Line(int index, long seq, Text text, boolean otherwise) {
        public Line(int index, long seq, Text text) {
            this(index, seq, text, false);
        }
    }

    private final Script script;
    private final Map<Long, String> names = new HashMap<>();
    private StoryState state = new StoryState();
    private final boolean[] said;
    private final List<Line> lines = new ArrayList<>();
    private final long[] seen; // per prediction: seq of the first event its answer looks for, or -1

    public ScriptPlayer(Script script) {
        this.script = script == null ? Script.EMPTY : script;
        this.said = new boolean[this.script.narrations().size()];
        this.seen = new long[this.script.predictions().size()];
        java.util.Arrays.fill(seen, -1);
    }

    public Script script() {
        return script;
    }

    public void apply(List<Event> events) {
        for (Event e : events) {
            accept(e);
        }
    }

    public void accept(Event e) {
        if (e.kind() == EventKind.START && e.text() != null) {
            names.put(e.pid(), e.text());
        }
        state.apply(e);
        String process = names.get(e.pid());
        List<Script.Narration> ns = script.narrations();
        for (int i = 0; i < ns.size(); i++) {
            Script.Narration n = ns.get(i);
            if (said[i] || !n.when().test(e, process)) {
                continue;
            }
            boolean holds = n.test() == null || n.test().test(state);
            if (holds || n.otherwise() != null) {
                said[i] = true;
                lines.add(new Line(i, e.seq(), holds ? n.say() : n.otherwise(), !holds));
                break;
            }
        }
        List<Script.Prediction> ps = script.predictions();
        for (int i = 0; i < ps.size(); i++) {
            Script.Answer a = ps.get(i).answer();
            if (seen[i] < 0 && !a.isFixed() && a.event().test(e, process)) {
                seen[i] = e.seq();
            }
        }
    }

    public void reset() {
        names.clear();
        state = new StoryState();
        lines.clear();
        java.util.Arrays.fill(said, false);
        java.util.Arrays.fill(seen, -1);
    }

    /** The lines due so far, in the order they became due. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The state of the run so far, as the script's conditions see it. */
    public StoryState state() {
        return state;
    }

    /** The name a process gave in its START event, or null. */
    public String nameOf(long pid) {
        return names.get(pid);
    }

    /**
     * The choice of prediction {@code i} that turned out right: known as soon as the event it looks for
     * happened, else only once the run has ended. Empty while it cannot be told yet.
     */
    public Optional<Integer> outcome(int i, boolean runEnded) {
        Script.Answer a = script.predictions().get(i).answer();
        if (a.isFixed()) {
            return Optional.of(a.choice());
        }
        if (seen[i] >= 0) {
            return Optional.of(a.then());
        }
        return runEnded ? Optional.of(a.otherwise()) : Optional.empty();
    }

    /** A copy that later events to either do not change: a checkpoint of the narration (for the timeline). */
    public ScriptPlayer copy() {
        ScriptPlayer p = new ScriptPlayer(script);
        p.names.putAll(names);
        p.state = state.copy();
        System.arraycopy(said, 0, p.said, 0, said.length);
        p.lines.addAll(lines);
        System.arraycopy(seen, 0, p.seen, 0, seen.length);
        return p;
    }
}
