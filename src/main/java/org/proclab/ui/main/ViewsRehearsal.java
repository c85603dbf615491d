package org.proclab.ui.main;

import java.util.List;
import javafx.scene.Parent;
import org.proclab.trace.Event;
import org.proclab.trace.PipeRunTrace;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;

/**
 * Before the window shows, it plays a made-up run once ({@link PipeRunTrace}: a pipe, two processes, their
 * lines, their ends) through its own views, styled and laid out, then forgets it. The first frames of a
 * window's first run with content cost the FX thread 50 to 100 ms each on a 2-core laptop against 10 to 20 for
 * the same frames later: classes loaded, styles matched and code compiled on first use. Played here, that cost
 * is part of the start (about half a second there), and the student's first run draws as smoothly as the next.
 * Nothing of it stays: the run's views are reset as between two runs, and nobody can act before the window shows.
 */
public final class ViewsRehearsal {
    /** Events played, in {@link #STEPS} parts: fewer left the first flood's first frame as slow as before. */
    static final int EVENTS = 3_000;
    static final int STEPS = 6;
    /** The source file its events name. */
    static final String REHEARSAL_FILE = "ProcLabRehearsal.java";

    private ViewsRehearsal() {}

    /**
     * Plays the run in the views of {@code vm}, whose window's scene has {@code root}; nothing if a run is already
     * there. Call on the FX thread, after the window has its scene and before it shows.
     */
    public static void play(MainViewModel vm, Parent root) {
        RunViewModel run = vm.runModel();
        if (run.stateProperty().get() != RunState.IDLE || run.eventCountProperty().get() != 0) {
            return;
        }
        Long chosen = vm.selectedPidProperty().get();
        // a source file no program has: the shown program's lines are not marked, nor scrolled to
        List<Event> events = PipeRunTrace.events(EVENTS, REHEARSAL_FILE);
        int step = (events.size() + STEPS - 1) / STEPS;
        for (int from = 0; from < events.size(); from += step) {
            run.apply(events.subList(from, Math.min(events.size(), from + step))); // taken in as it is read
            root.applyCss();
            root.layout();
        }
        run.reset();
        vm.selectedPidProperty().set(chosen);
        root.applyCss();
        root.layout();
    }
}
