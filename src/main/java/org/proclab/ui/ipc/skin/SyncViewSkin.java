package org.proclab.ui.ipc.skin;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.SyncModel;
import org.proclab.ui.ipc.SyncModel.Kind;
import org.proclab.ui.ipc.SyncModel.Sync;
import org.proclab.ui.ipc.SyncView;
import org.proclab.ui.ipc.Wait;

/**
 * Draws a {@link SyncView}: per event, semaphore, condition or barrier a panel with its kind, its state in one
 * sentence (an event's flag, a semaphore's counter, a condition's lock, a barrier's parties and arrivals) and
 * the processes waiting in it, oldest first, each as the other IPC views draw a blocked process.
 */
public class SyncViewSkin extends IpcPanelsSkin<SyncView, SyncModel.Snapshot, Sync> {

    public SyncViewSkin(SyncView control) {
        super(control, "syncs", "sync.placeholder", SyncModel.Snapshot::objects, Sync::id, SyncModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Sync o, SyncModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().addAll("sync", o.kind().name().toLowerCase(Locale.ROOT));
        panel.setId("sync-" + IpcGlyphs.cssId(o.id()));
        panel.pseudoClassStateChanged(SyncView.UP, up(o));
        panel.pseudoClassStateChanged(SyncView.BROKEN, o.kind() == Kind.BARRIER && o.flag());

        HBox header = new HBox(8, IpcGlyphs.label(o.id(), "panel-title", "sync-title"),
                IpcGlyphs.label(I18n.text(b, "sync.kind." + o.kind().name()), "sync-kind"));
        header.getStyleClass().addAll("panel-header", "sync-header");
        header.setAlignment(Pos.BASELINE_LEFT);
        Label state = IpcGlyphs.wrapping(stateText(o, b), "sync-state");
        state.setId("state-" + IpcGlyphs.cssId(o.id()));
        state.setMinHeight(Region.USE_PREF_SIZE); // every line of a wrapped sentence, even in a short pane

        FlowPane waiters = new FlowPane(6, 4);
        waiters.getStyleClass().add("sync-waiters");
        waiters.getChildren().add(IpcGlyphs.label(I18n.text(b, o.kind() == Kind.SEMAPHORE ? "sync.waitersAcquire"
                : "sync.waitersWait"), "waits-title"));
        if (o.waiters().isEmpty()) {
            waiters.getChildren().add(IpcGlyphs.label(I18n.text(b, "sync.noWaiters"), "no-waiters"));
        }
        for (Wait w : o.waiters()) {
            waiters.getChildren().add(IpcGlyphs.waiter(s.process(w.pid()), o.isStuck(w.pid()),
                    "waiter-" + IpcGlyphs.cssId(o.id()) + "-" + w.pid(), null));
        }
        panel.getChildren().addAll(header, state, waiters);
        return panel;
    }

    private static boolean up(Sync o) {
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
