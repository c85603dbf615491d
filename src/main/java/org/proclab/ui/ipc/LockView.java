package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.LockViewSkin;

/**
 * Lesson 4's locks. For each lock, its holder and the processes waiting in {@code acquire()}, in order.
 * States are pseudo-classes on the {@code .lock} panel, styled in {@code styles/lock-view.css}: {@code :free :held
 * :held-by-dead} (the holder ended while holding it), and {@code :blocked :stuck} on a {@code .waiter}.
 */
public class LockView extends SnapshotView<LocksModel.Snapshot> {
    public static final PseudoClass FREE = PseudoClass.getPseudoClass("free");
    public static final PseudoClass HELD = PseudoClass.getPseudoClass("held");
    public static final PseudoClass HELD_BY_DEAD = PseudoClass.getPseudoClass("held-by-dead");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    public static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private static final String STYLESHEET = "/styles/lock-view.css";

    public LockView() {
        super("lock-view", STYLESHEET, LocksModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.locksProperty()}. */
    public LockView(ObservableValue<LocksModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LockViewSkin(this);
    }
}
