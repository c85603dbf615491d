package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.SyncViewSkin;

/**
 * Events, semaphores, conditions and barriers: per object a {@code .sync} panel, the card every IPC view
 * shares ({@code styles/ipc-panels.css}), with its state (an event's flag, a semaphore's counter, a condition's
 * lock, a barrier's parties and arrivals) and the processes waiting in it. Pseudo-classes, styled in
 * {@code styles/sync-view.css}: {@code :up} (an event set, a semaphore above 0), {@code :broken} (a barrier),
 * and {@code :stuck} on a {@code .waiter}.
 */
public class SyncView extends SnapshotView<SyncModel.Snapshot> {
    public static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    public static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");

    private static final String STYLESHEET = "/styles/sync-view.css";

    public SyncView() {
        super("sync-view", STYLESHEET, SyncModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.syncProperty()}. */
    public SyncView(ObservableValue<SyncModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SyncViewSkin(this);
    }
}
