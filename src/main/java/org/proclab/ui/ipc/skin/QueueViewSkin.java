package org.proclab.ui.ipc.skin;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.proclab.ui.ipc.QueueView;
import org.proclab.ui.ipc.QueuesModel.Queue;
import org.proclab.ui.ipc.QueuesModel;

/**
 * Draws a {@link QueueView}: per queue a panel with the items as chips in a tube, the next to be got at
 * the left where {@code get} takes it, {@code put} adding at the right; a bounded queue shows its free
 * slots too. A JoinableQueue shows how many items are not yet marked done. Below: who is blocked in get(),
 * in put() and in join(), the last get, and who holds the queue. A queue's panel ({@link QueuePanel}) is built
 * once and updated in place with each put and get; drawn anew only when the language changes.
 */
public class QueueViewSkin extends IpcPanelsSkin<QueueView, QueuesModel.Snapshot, Queue> {
    /** Chips drawn per queue; the rest are counted. */
    static final int MAX_CHIPS = 10;
    /** Free slots of a bounded queue are drawn up to this maxsize. */
    static final int MAX_SLOTS = 10;

    public QueueViewSkin(QueueView control) {
        super(control, "queues", "queue.placeholder",
                QueuesModel.Snapshot::queues, Queue::id, QueuesModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Queue q, QueuesModel.Snapshot s, ResourceBundle b) {
        return new QueuePanel(q, s, b).node();
    }
}
