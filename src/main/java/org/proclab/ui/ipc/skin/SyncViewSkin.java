package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.SyncModel.Kind;
import org.proclab.ui.ipc.SyncModel.Sync;

/**
 * Draws a {@link SyncView}: a column of panels, one per object, rebuilt when the state or the language
 * changes (these objects are few); a placeholder while there is none.
 */
final class SyncViewSkin extends SkinBase<SyncView> {
    private final VBox content = new VBox();
    private final InvalidationListener onChange = o -> sync();

    SyncViewSkin(SyncView control) {
        super(control);
        content.getStyleClass().add("syncs");
        getChildren().add(content);
        control.stateProperty().addListener(new WeakInvalidationListener(onChange));
        control.localeProperty().addListener(new WeakInvalidationListener(onChange));
        control.highlightedObjectProperty().addListener(new WeakInvalidationListener(onChange));
        sync();
    }

    private void sync() {
        SyncModel.Snapshot s = getSkinnable().getState();
        ResourceBundle b = I18n.bundle(getSkinnable().getLocale());
        List<Node> children = new ArrayList<>();
        if (s == null || s.objects().isEmpty()) {
            Label placeholder = label(I18n.text(b, "sync.placeholder"), "placeholder");
            placeholder.setWrapText(true);
            children.add(placeholder);
        } else {
            for (Sync o : s.objects()) {
                children.add(panel(o, s, b));
            }
        }
        content.getChildren().setAll(children);
    }

    private Node panel(Sync o, SyncModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().addAll("sync", o.kind().name().toLowerCase(java.util.Locale.ROOT));
        panel.setId("sync-" + o.id());
        panel.pseudoClassStateChanged(SyncView.UP, up(o));
        panel.pseudoClassStateChanged(SyncView.BROKEN, o.kind() == Kind.BARRIER && o.flag());
        panel.pseudoClassStateChanged(SnapshotView.HIGHLIGHTED,
                SnapshotView.highlights(getSkinnable().getHighlightedObject(), o.id()));

        HBox header = new HBox(8, label(o.id(), "sync-title"), label(I18n.text(b, "sync.kind." + o.kind().name()), "sync-kind"));
        header.getStyleClass().add("sync-header");
        header.setAlignment(Pos.BASELINE_LEFT);
        Label state = label(stateText(o, b), "sync-state");
        state.setId("state-" + o.id());
        state.setWrapText(true);

        FlowPane waiters = new FlowPane(6, 4);
        waiters.getStyleClass().add("sync-waiters");
        waiters.getChildren().add(label(I18n.text(b, o.kind() == Kind.SEMAPHORE ? "sync.waitersAcquire" : "sync.waitersWait"),
                "waits-title"));
        if (o.waiters().isEmpty()) {
            waiters.getChildren().add(label(I18n.text(b, "sync.noWaiters"), "no-waiters"));
        }
        for (Wait w : o.waiters()) {
            IpcProcess p = s.process(w.pid());
            Label who = label(p.name(), "waiter");
            who.setId("waiter-" + o.id() + "-" + w.pid());
            who.pseudoClassStateChanged(SyncView.STUCK, o.isStuck(w.pid()));
            ProcessPalette.apply(who, p.colorIndex());
            waiters.getChildren().add(who);
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

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    public void dispose() {
        getChildren().clear();
        super.dispose();
    }
}
