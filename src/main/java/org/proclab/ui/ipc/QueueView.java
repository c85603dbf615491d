package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.QueueViewSkin;

/**
 * Lesson 2's queues. For each queue, the items waiting in it as chips, the next to be got first; the
 * processes blocked in {@code get()} or {@code put()}; its maxsize and who holds it; for a JoinableQueue, the items
 * not yet marked done and who waits in {@code join()}. States are pseudo-classes, styled in
 * {@code styles/queue-view.css}: {@code :empty :full} on the {@code .queue} panel, {@code :done} on a JoinableQueue's
 * {@code .queue-unfinished} row, {@code :blocked :stuck} on a {@code .waiter}, {@code :closed} on a {@code .holder}.
 */
public class QueueView extends SnapshotView<QueuesModel.Snapshot> {
    public static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    public static final PseudoClass FULL = PseudoClass.getPseudoClass("full");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    public static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    public static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    /** A JoinableQueue with no unfinished item: join() returns at once. */
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private static final String STYLESHEET = "/styles/queue-view.css";

    public QueueView() {
        super("queue-view", STYLESHEET, QueuesModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.queuesProperty()}. */
    public QueueView(ObservableValue<QueuesModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new QueueViewSkin(this);
    }
}
