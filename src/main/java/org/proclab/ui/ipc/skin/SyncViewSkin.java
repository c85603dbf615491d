package org.proclab.ui.ipc.skin;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.SyncModel;
import org.proclab.ui.ipc.SyncModel.Sync;
import org.proclab.ui.ipc.SyncView;

/**
 * Draws a {@link SyncView}: per event, semaphore, condition or barrier a panel with its kind, its state in one
 * sentence (an event's flag, a semaphore's counter, a condition's lock, a barrier's parties and arrivals) and
 * the processes waiting in it, oldest first, each as the other IPC views draw a blocked process. A panel
 * ({@link SyncPanel}) is built once per object and updated in place; drawn anew only when the language changes.
 */
public class SyncViewSkin extends IpcPanelsSkin<SyncView, SyncModel.Snapshot, Sync> {

    public SyncViewSkin(SyncView control) {
        super(control, "syncs", "sync.placeholder", SyncModel.Snapshot::objects, Sync::id, SyncModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Sync o, SyncModel.Snapshot s, ResourceBundle b) {
        return new SyncPanel(o, s, b).node();
    }

    static boolean up(Sync o) {
        return switch (o.kind()) {
            case EVENT -> o.flag();
            case SEMAPHORE -> o.count() > 0;
            default -> false;
        };
    }

    /** One sentence on the object's state, in the chosen language. */
    static String stateText(Sync o, ResourceBundle b) {
        return switch (o.kind()) {
            case EVENT -> I18n.text(b, o.flag() ? "sync.event.set" : "sync.event.clear");
            case SEMAPHORE -> I18n.text(b, o.flag() ? "sync.semaphore.bounded" : "sync.semaphore.value", o.count(), o.limit());
            case CONDITION -> I18n.text(b, "sync.condition", o.lock() == null ? "?" : o.lock(), o.count());
            case BARRIER -> I18n.text(b, o.flag() ? "sync.barrier.broken" : "sync.barrier", o.waiters().size(), o.limit(), o.count());
        };
    }
}
