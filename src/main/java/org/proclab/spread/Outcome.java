package org.proclab.spread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.kernel.RunResult;
import org.proclab.lesson.Script;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.lesson.ScriptPlayer;

/**
 * How one run turned out: its output lines in the order the kernel saw them (pids replaced by names),
 * the main program's exit code, whether it deadlocked or ran out of time, and for each prediction of the
 * lesson's script the choice that turned out right. Two runs with equal {@link #key()} had the same outcome.
 *
 * @param answers per prediction of the script, the right choice (null if the run could not tell)
 */
public record Outcome(List<OutputLine> lines, Integer exitCode, boolean deadlocked, boolean timedOut,
                      List<Integer> answers) {
    /** The name of a program's main process. */
    public static final String MAIN = "MainProcess";

    public Outcome {
        lines = List.copyOf(lines);
        answers = java.util.Collections.unmodifiableList(new ArrayList<>(answers)); // may hold nulls
    }

    /** Reads a finished run's outcome from its events; {@code script} may be null or empty. */
    public static Outcome of(List<Event> events, RunResult result, Script script) {
        Map<Long, String> names = new HashMap<>();
        for (Event e : events) {
            if (e.kind() == EventKind.START && e.text() != null) {
                names.put(e.pid(), e.text());
            }
        }
        LineNormalizer normalizer = new LineNormalizer(names);
        List<OutputLine> lines = new ArrayList<>();
        for (Event e : events) {
            // "jvm" lines are the JVM's own (warnings, crashes): not the program's outcome
            if (e.kind() == EventKind.OUTPUT && ("stdout".equals(e.obj()) || "stderr".equals(e.obj()))) {
                lines.add(new OutputLine(names.getOrDefault(e.pid(), "?"), e.obj(), normalizer.normalize(e.text())));
            }
        }
        List<Integer> answers = new ArrayList<>();
        if (script != null && !script.predictions().isEmpty()) {
            ScriptPlayer player = new ScriptPlayer(script);
            player.apply(events);
            for (int i = 0; i < script.predictions().size(); i++) {
                answers.add(player.outcome(i, true).orElse(null));
            }
        }
        return new Outcome(lines, result.exitCode(), "deadlock".equals(result.stoppedBy()),
                "timeout".equals(result.stoppedBy()), answers);
    }

    /** The right choice of prediction {@code i}, or null. */
    public Integer answer(int i) {
        return i < answers.size() ? answers.get(i) : null;
    }

    /** What makes two runs' outcomes equal: the lines in order and how the run ended. */
    public Key key() {
        return new Key(lines, deadlocked ? null : exitCode, deadlocked, timedOut);
    }

    /** The part of an outcome that runs are grouped by. */
    public record Key(List<OutputLine> lines, Integer exitCode, boolean deadlocked, boolean timedOut) {}

    /** How the run ended: by itself with exit code 0, with another exit code, in a deadlock, or out of time. */
    public enum Ending { OK, EXIT_CODE, DEADLOCK, TIMEOUT }

    public Ending ending() {
        if (deadlocked) {
            return Ending.DEADLOCK;
        }
        if (timedOut) {
            return Ending.TIMEOUT;
        }
        return exitCode != null && exitCode == 0 ? Ending.OK : Ending.EXIT_CODE;
    }
}
