package org.proclab.ui.pool;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.pool.skin.PoolSlotsViewSkin;

/**
 * A pool's live slot occupancy: one {@code .pool-lane} per place of the pool with the worker that fills
 * it and the task it runs now as a busy chip, then the waiting tasks as a queue, then the results and
 * callbacks as they come back. States are pseudo-classes styled in {@code styles/pool-slots.css}: a lane
 * is {@code :busy}, {@code :idle}, {@code :starting} or {@code :exited}; a task chip or result is
 * {@code :failed} or {@code :cancelled}. Its state is the pool to draw; null draws a hint instead.
 */
public class PoolSlotsView extends SnapshotView<PoolSnapshot> {
    public static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    public static final PseudoClass IDLE = PseudoClass.getPseudoClass("idle");
    public static final PseudoClass STARTING = PseudoClass.getPseudoClass("starting");
    public static final PseudoClass EXITED = PseudoClass.getPseudoClass("exited");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    private static final String STYLESHEET = "/styles/pool-slots.css";

    public PoolSlotsView() {
        super("pool-slots-view", STYLESHEET, null);
    }

    /** A view that follows a pool, such as the one chosen in the Pool tab. */
    public PoolSlotsView(ObservableValue<PoolSnapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PoolSlotsViewSkin(this);
    }
}
