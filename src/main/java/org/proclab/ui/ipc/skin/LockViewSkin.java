package org.proclab.ui.ipc.skin;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.proclab.ui.ipc.LockView;
import org.proclab.ui.ipc.LocksModel.Lock;
import org.proclab.ui.ipc.LocksModel;

/**
 * Draws a {@link LockView}: per lock a panel with a padlock (shut while held), who holds it (in the
 * holder's colour; marked when the holder has ended) and the processes waiting in acquire(), in order. A
 * lock's panel ({@link LockPanel}) is built once and updated in place; drawn anew only when the language changes.
 */
public class LockViewSkin extends IpcPanelsSkin<LockView, LocksModel.Snapshot, Lock> {

    public LockViewSkin(LockView control) {
        super(control, "locks", "lock.placeholder",
                LocksModel.Snapshot::locks, Lock::id, LocksModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Lock l, LocksModel.Snapshot s, ResourceBundle b) {
        return new LockPanel(l, s, b).node();
    }
}
