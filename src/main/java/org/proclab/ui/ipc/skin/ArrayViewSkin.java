package org.proclab.ui.ipc.skin;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.proclab.ui.ipc.ArrayView;
import org.proclab.ui.ipc.ArraysModel;
import org.proclab.ui.ipc.ArraysModel.SharedArray;

/**
 * Draws an {@link ArrayView}: per shared array a panel with its type, length and counts, then its cells in a
 * row that wraps, each with its index, its value in large type and the process that wrote it last (in that
 * process's colour); the cell of the latest write is marked. Past {@link ArraysModel#SHOWN} cells, a count. An
 * array's panel ({@link ArrayPanel}) is built once and updated in place; drawn anew only when the language changes.
 */
public class ArrayViewSkin extends IpcPanelsSkin<ArrayView, ArraysModel.Snapshot, SharedArray> {

    public ArrayViewSkin(ArrayView control) {
        super(control, "arrays", "array.placeholder", ArraysModel.Snapshot::arrays, SharedArray::id,
                ArraysModel.Snapshot::processes);
    }

    @Override
    protected Node panel(SharedArray a, ArraysModel.Snapshot s, ResourceBundle b) {
        return new ArrayPanel(a, s, b).node();
    }
}
