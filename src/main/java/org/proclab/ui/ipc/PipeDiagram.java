package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.PipeDiagramSkin;

/**
 * Lesson 3's pipe diagram. For each pipe its two ends side by side and, for each process that held a
 * handle, a lane with its handle of each end drawn as a box in the process's colour; between the ends,
 * the messages in flight. States are pseudo-classes on the {@code .handle} boxes, styled in
 * {@code styles/pipe-diagram.css}: {@code :open :closed} (closed ones stay, hollow and struck out, with
 * why), {@code :blocked} (a recv() waits on it), {@code :stuck} (the kernel found that recv() can never
 * return), {@code :eof} (recv() raised EOF there) and {@code :culprit} (an open write handle that kept a
 * deadlocked reader's pipe from reaching end-of-file). Lanes of ended processes are {@code :ended}.
 */
public class PipeDiagram extends SnapshotView<PipesModel.Snapshot> {
    public static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    public static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    public static final PseudoClass EOF = PseudoClass.getPseudoClass("eof");
    public static final PseudoClass CULPRIT = PseudoClass.getPseudoClass("culprit");
    public static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private static final String STYLESHEET = "/styles/pipe-diagram.css";

    public PipeDiagram() {
        super("pipe-diagram", STYLESHEET, PipesModel.Snapshot.EMPTY);
    }

    /** A diagram that follows a model's state, such as {@code IpcViewModel.pipesProperty()}. */
    public PipeDiagram(ObservableValue<PipesModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PipeDiagramSkin(this);
    }
}
