package org.proclab.ui.ipc.skin;

import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.LockView;
import org.proclab.ui.ipc.LocksModel.Lock;
import org.proclab.ui.ipc.LocksModel;
import org.proclab.ui.ipc.Wait;

/**
 * Draws a {@link LockView}: per lock a panel with a padlock (shut while held), who holds it (in the
 * holder's colour; marked when the holder has ended) and the processes waiting in acquire(), in order.
 */
public class LockViewSkin extends IpcPanelsSkin<LockView, LocksModel.Snapshot, Lock> {

    public LockViewSkin(LockView control) {
        super(control, "locks", "lock.placeholder",
                LocksModel.Snapshot::locks, Lock::id, LocksModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Lock l, LocksModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().add("lock");
        panel.setId("lock-" + IpcGlyphs.cssId(l.id()));
        panel.pseudoClassStateChanged(LockView.FREE, !l.held());
        panel.pseudoClassStateChanged(LockView.HELD, l.held());
        panel.pseudoClassStateChanged(LockView.HELD_BY_DEAD, l.held() && l.holderDead());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, IpcGlyphs.label(l.id(), "panel-title", "lock-title"));
        if (l.valueId() != null) {
            header.getChildren().add(IpcGlyphs.label(I18n.text(b, "lock.valueLock", l.valueId()), "lock-kind"));
        }
        header.getChildren().addAll(spacer, IpcGlyphs.label(I18n.text(b, "lock.acquisitions", l.acquisitions()), "lock-counts"));
        header.getStyleClass().addAll("panel-header", "lock-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        HBox state = new HBox(10);
        state.getStyleClass().add("lock-state");
        state.setAlignment(Pos.CENTER_LEFT);
        Node padlock = IpcGlyphs.padlock(l.held());
        if (l.held()) {
            IpcProcess holder = s.process(l.holder());
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

        HBox waiters = new HBox(6);
        waiters.getStyleClass().add("lock-waiters");
        waiters.setAlignment(Pos.CENTER_LEFT);
        waiters.getChildren().add(IpcGlyphs.label(I18n.text(b, "lock.waiters"), "waits-title"));
        if (l.waiters().isEmpty()) {
            waiters.getChildren().add(IpcGlyphs.label(I18n.text(b, "lock.noWaiters"), "no-waiters"));
        }
        for (Wait w : l.waiters()) {
            waiters.getChildren().add(IpcGlyphs.waiter(s.process(w.pid()), l.isStuck(w.pid()),
                    "waiter-" + IpcGlyphs.cssId(l.id()) + "-" + w.pid(), null));
        }
        panel.getChildren().addAll(header, state, waiters);
        return panel;
    }
}
