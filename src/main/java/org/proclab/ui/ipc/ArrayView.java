package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.ArrayViewSkin;

/**
 * Shared arrays ({@code Array.ofInts(5)}): per array a {@code .shared-array} card (styles/ipc-panels.css) with a
 * {@code .cell} per cell, its index, its value and the process that wrote it last, in that process's colour, as
 * the value view shows for a shared value. Styled in {@code styles/array-view.css}: {@code :written} on a cell
 * some process has written, {@code :newest} on the cell of the array's latest write.
 */
public class ArrayView extends SnapshotView<ArraysModel.Snapshot> {
    public static final PseudoClass WRITTEN = PseudoClass.getPseudoClass("written");
    public static final PseudoClass NEWEST = PseudoClass.getPseudoClass("newest");

    private static final String STYLESHEET = "/styles/array-view.css";

    public ArrayView() {
        super("array-view", STYLESHEET, ArraysModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.arraysProperty()}. */
    public ArrayView(ObservableValue<ArraysModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ArrayViewSkin(this);
    }
}
