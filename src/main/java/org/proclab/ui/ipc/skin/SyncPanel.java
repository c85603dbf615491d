package org.proclab.ui.ipc.skin;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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

/**
 * One event's, semaphore's, condition's or barrier's panel in the {@link SyncViewSkin}, built once and updated
 * in place: its state sentence; the processes waiting in it are drawn anew only when they changed.
 */
final class SyncPanel extends InPlacePanel<Sync, SyncModel.Snapshot> {
    private final ResourceBundle b;
    private final VBox node;
    private final HBox header;
    private final Label state = IpcGlyphs.wrapping("", "sync-state");
    private final WaiterRow waiters;

    SyncPanel(Sync o, SyncModel.Snapshot s, ResourceBundle b) {
        super(new VBox(), "sync", "sync-" + IpcGlyphs.cssId(o.id()));
        node = (VBox) node();
        this.b = b;
        node.getStyleClass().add(o.kind().name().toLowerCase(Locale.ROOT));
        header = PanelHeader.of("sync", o.id(), List.of(IpcGlyphs.label(I18n.text(b, "sync.kind." + o.kind().name()), "sync-kind")));
        state.setId("state-" + IpcGlyphs.cssId(o.id()));
        state.setMinHeight(Region.USE_PREF_SIZE); // every line of a wrapped sentence, even in a short pane
        FlowPane row = new FlowPane(6, 4);
        row.getStyleClass().add("sync-waiters");
        waiters = new WaiterRow(row, I18n.text(b, o.kind() == Kind.SEMAPHORE ? "sync.waitersAcquire" : "sync.waitersWait"),
                I18n.text(b, "sync.noWaiters"), "waiter-" + IpcGlyphs.cssId(o.id()));
        update(o, s);
    }

    @Override
    void update(Sync o, SyncModel.Snapshot s) {
        node.pseudoClassStateChanged(SyncView.UP, SyncViewSkin.up(o));
        node.pseudoClassStateChanged(SyncView.BROKEN, o.kind() == Kind.BARRIER && o.flag());
        state.setText(SyncViewSkin.stateText(o, b));
        Children.sync(node.getChildren(), List.of(header, state, waiters.show(o.waiters(), s::process, o::isStuck).node()));
    }
}
