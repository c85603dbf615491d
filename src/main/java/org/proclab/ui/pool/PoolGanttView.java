package org.proclab.ui.pool;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.pool.skin.PoolGanttViewSkin;

/**
 * A pool as a timeline (Gantt chart): one {@code .gantt-row} per worker that ran a task, with a
 * {@code .gantt-bar} per task from its start to its end, then a row for the pool's owner where each
 * callback is a {@code .callback-tick}; a time axis in seconds since the run started below. Hovering a
 * bar shows the task, worker, start, end, duration and result. Bars are {@code :running}, {@code :done}
 * or {@code :failed}; ticks of error callbacks are {@code :error}; styled in {@code styles/pool-gantt.css}.
 * Its state is the pool to draw; null draws a hint instead.
 */
public class PoolGanttView extends SnapshotView<PoolSnapshot> {
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private static final String STYLESHEET = "/styles/pool-gantt.css";

    public PoolGanttView() {
        super("pool-gantt-view", STYLESHEET, null);
    }

    /** A timeline that follows a pool, such as the one chosen in the Pool tab. */
    public PoolGanttView(ObservableValue<PoolSnapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PoolGanttViewSkin(this);
    }
}
