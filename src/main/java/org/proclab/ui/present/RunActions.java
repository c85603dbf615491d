package org.proclab.ui.present;

import java.util.List;
import java.util.OptionalInt;
import org.proclab.kernel.Scheduler;
import org.proclab.lesson.Script;
import org.proclab.trace.Event;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.lesson.ScriptPlayer;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.run.SchedulerViewModel;

/**
 * What the run's shortcuts do: run, stop, pause (step mode) and resume, one event back or forward on
 * the timeline, back to live, and the next or previous event that made a narration line due.
 */
public final class RunActions {
    private final RunViewModel run;
    private final SchedulerViewModel scheduler;
    private final NarrationModel narration;
    private final Runnable start;
    private final Runnable stop;
    private Scheduler.Mode beforePause = Scheduler.Mode.FREE;

    public RunActions(RunViewModel run, SchedulerViewModel scheduler, NarrationModel narration, Runnable start, Runnable stop) {
        this.run = run;
        this.scheduler = scheduler;
        this.narration = narration;
        this.start = start;
        this.stop = stop;
    }

    public void run() {
        start.run();
    }

    public void stop() {
        stop.run();
    }

    /** Step mode holds every operation; pressed again, the mode from before comes back. */
    public void togglePause() {
        if (scheduler.getMode() == Scheduler.Mode.STEP) {
            scheduler.setMode(beforePause);
        } else {
            beforePause = scheduler.getMode();
            scheduler.setMode(Scheduler.Mode.STEP);
        }
    }

    public void back() {
        if (!run.events().isEmpty()) {
            run.showAt(Math.max(0, run.shownProperty().get() - 1));
        }
    }

    public void forward() {
        if (!run.events().isEmpty()) {
            run.showAt(run.shownProperty().get() + 1);
        }
    }

    public void live() {
        run.followLive();
    }

    public void nextNarration() {
        next(narration.scriptProperty().get(), run.events(), run.shownProperty().get()).ifPresent(run::showAt);
    }

    public void previousNarration() {
        previous(narration.scriptProperty().get(), run.events(), run.shownProperty().get()).ifPresent(run::showAt);
    }

    /** The index of the first event after {@code shown} that made a narration line due. */
    public static OptionalInt next(Script script, List<Event> events, int shown) {
        long now = shown < 0 || shown >= events.size() ? Long.MIN_VALUE : events.get(shown).seq();
        return dueSeqs(script, events).stream().filter(seq -> seq > now).findFirst()
                .map(seq -> indexOf(events, seq)).orElse(OptionalInt.empty());
    }

    /** The index of the last event before {@code shown} that made a narration line due. */
    public static OptionalInt previous(Script script, List<Event> events, int shown) {
        if (shown < 0 || shown >= events.size()) {
            return OptionalInt.empty();
        }
        long now = events.get(shown).seq();
        return dueSeqs(script, events).stream().filter(seq -> seq < now).reduce((a, b) -> b)
                .map(seq -> indexOf(events, seq)).orElse(OptionalInt.empty());
    }

    private static List<Long> dueSeqs(Script script, List<Event> events) {
        ScriptPlayer player = new ScriptPlayer(script);
        player.apply(events);
        return player.lines().stream().map(ScriptPlayer.Line::seq).toList();
    }

    private static OptionalInt indexOf(List<Event> events, long seq) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).seq() == seq) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
