package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.ManagerViewSkin;

/**
 * Managers: per manager a {@code .manager} panel with its server process, the shared objects it keeps (one
 * {@code .proxy} row each), the calls in flight between the callers and the manager process ({@code .call}:
 * {@code :serving} once the manager took it) and the last calls answered ({@code :failed} when one raised or
 * could not be served). The panel is {@code :down} once the manager is shut down or its process died. Styled in
 * {@code styles/manager-view.css}.
 */
public class ManagerView extends SnapshotView<ManagersModel.Snapshot> {
    public static final PseudoClass SERVING = PseudoClass.getPseudoClass("serving");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    private static final String STYLESHEET = "/styles/manager-view.css";

    public ManagerView() {
        super("manager-view", STYLESHEET, ManagersModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.managersProperty()}. */
    public ManagerView(ObservableValue<ManagersModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ManagerViewSkin(this);
    }
}
