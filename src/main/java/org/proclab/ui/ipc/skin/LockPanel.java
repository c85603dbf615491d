package org.proclab.ui.ipc.skin;

import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.LockView;
import org.proclab.ui.ipc.LocksModel;
import org.proclab.ui.ipc.LocksModel.Lock;

/**
 * One lock's panel in the {@link LockViewSkin}, built once and updated in place with each acquire and
 * release: the count in the header; who holds it and who waits are drawn anew only when they changed.
 */
final class LockPanel extends InPlacePanel<Lock, LocksModel.Snapshot> {
    private final ResourceBundle b;
    private final VBox node;
    private final PanelHeader header;
    private final Label kind = IpcGlyphs.label("", "lock-kind");
    private final Label counts = IpcGlyphs.label("", "lock-counts");
    private final Redrawn state = new Redrawn();
    private final WaiterRow waiters;

    LockPanel(Lock l, LocksModel.Snapshot s, ResourceBundle b) {
        super(new VBox(), "lock", "lock-" + IpcGlyphs.cssId(l.id()));
        node = (VBox) node();
        this.b = b;
        header = new PanelHeader("lock", l.id());
        HBox row = new HBox(6);
        row.getStyleClass().add("lock-waiters");
        row.setAlignment(Pos.CENTER_LEFT);
        waiters = new WaiterRow(row, I18n.text(b, "lock.waiters"), I18n.text(b, "lock.noWaiters"),
                "waiter-" + IpcGlyphs.cssId(l.id()));
        update(l, s);
    }

    @Override
    void update(Lock l, LocksModel.Snapshot s) {
        node.pseudoClassStateChanged(LockView.FREE, !l.held());
        node.pseudoClassStateChanged(LockView.HELD, l.held());
        node.pseudoClassStateChanged(LockView.HELD_BY_DEAD, l.held() && l.holderDead());

        if (l.valueId() != null) {
            kind.setText(I18n.text(b, "lock.valueLock", l.valueId()));
        }
        counts.setText(I18n.text(b, "lock.acquisitions", l.acquisitions()));
        header.show(l.valueId() != null ? List.of(kind) : List.of(), counts);

        IpcProcess holder = l.held() ? s.process(l.holder()) : null;
        Children.sync(node.getChildren(), List.of(header.node(),
                state.of(Arrays.asList(l.held(), holder, l.holderDead()), () -> state(l, holder)),
                waiters.show(l.waiters(), s::process, l::isStuck).node()));
    }

    /** A padlock, shut while held, and who holds it (in the holder's colour; marked when the holder has ended). */
    private Node state(Lock l, IpcProcess holder) {
        HBox state = new HBox(10);
        state.getStyleClass().add("lock-state");
        state.setAlignment(Pos.CENTER_LEFT);
        Node padlock = IpcGlyphs.padlock(l.held());
        if (l.held()) {
            ProcessPalette.apply(state, holder.colorIndex());
            Label who = IpcGlyphs.label(I18n.text(b, l.holderDead() ? "lock.heldByDead" : "lock.heldBy",
                    holder.name() + " (pid " + holder.pid() + ")"), "holder-text");
            who.setId("holder-" + IpcGlyphs.cssId(l.id()));
            VBox words = new VBox(2, who);
            if (l.holderDead()) {
                words.getChildren().add(IpcGlyphs.label(I18n.text(b, "lock.deadHint"), "dead-hint"));
            }
            state.getChildren().addAll(padlock, words);
        } else {
            Label free = IpcGlyphs.label(I18n.text(b, "lock.free"), "holder-text");
            free.setId("holder-" + IpcGlyphs.cssId(l.id()));
            state.getChildren().addAll(padlock, free);
        }
        return state;
    }
}
