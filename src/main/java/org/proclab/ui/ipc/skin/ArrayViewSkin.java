package org.proclab.ui.ipc.skin;

import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.ArrayView;
import org.proclab.ui.ipc.ArraysModel;
import org.proclab.ui.ipc.ArraysModel.Cell;
import org.proclab.ui.ipc.ArraysModel.SharedArray;
import org.proclab.ui.ipc.IpcProcess;

/**
 * Draws an {@link ArrayView}: per shared array a panel with its type, length and counts, then its cells in a
 * row that wraps, each with its index, its value in large type and the process that wrote it last (in that
 * process's colour); the cell of the latest write is marked. Past {@link ArraysModel#SHOWN} cells, a count.
 */
public class ArrayViewSkin extends IpcPanelsSkin<ArrayView, ArraysModel.Snapshot, SharedArray> {

    public ArrayViewSkin(ArrayView control) {
        super(control, "arrays", "array.placeholder", ArraysModel.Snapshot::arrays, SharedArray::id,
                ArraysModel.Snapshot::processes);
    }

    @Override
    protected Node panel(SharedArray a, ArraysModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().add("shared-array");
        panel.setId("array-" + IpcGlyphs.cssId(a.id()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        String type = IpcGlyphs.typeName(b, a.typecode());
        HBox header = new HBox(8, IpcGlyphs.label(a.id(), "panel-title", "array-title"), IpcGlyphs.label(type, "array-type"),
                IpcGlyphs.label(I18n.text(b, "array.length", a.length()), "array-length"), spacer,
                IpcGlyphs.label(I18n.text(b, "array.counts", a.reads(), a.writes()), "array-counts"));
        header.getStyleClass().addAll("panel-header", "array-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        FlowPane cells = new FlowPane(6, 6);
        cells.getStyleClass().add("cells");
        cells.setId("cells-" + IpcGlyphs.cssId(a.id()));
        cells.setPrefWrapLength(8 * 86); // eight cells a row before it wraps
        for (Cell c : a.cells()) {
            cells.getChildren().add(cell(a, c, s, b));
        }
        panel.getChildren().addAll(header, cells);
        if (a.length() > a.cells().size()) {
            panel.getChildren().add(IpcGlyphs.label(I18n.text(b, "array.more", a.length() - a.cells().size()), "more-cells"));
        }
        return panel;
    }

    private static Node cell(SharedArray a, Cell c, ArraysModel.Snapshot s, ResourceBundle b) {
        Label index = IpcGlyphs.label("[" + c.index() + "]", "cell-index");
        Label value = IpcGlyphs.label(c.value() == null ? "?" : IpcGlyphs.shorten(c.value(), 10), "cell-value");
        Label writer;
        String tip;
        if (c.lastWriter() == null) {
            writer = IpcGlyphs.label(I18n.text(b, "array.notWritten"), "cell-writer", "not-written");
            tip = I18n.text(b, "array.cellTipUnwritten", c.index(), c.value() == null ? "?" : c.value());
        } else {
            IpcProcess p = s.process(c.lastWriter());
            writer = IpcGlyphs.processTag(p, "cell-writer");
            tip = I18n.text(b, "array.cellTip", c.index(), c.value() == null ? "?" : c.value(), p.name(),
                    Long.toString(p.pid()), c.writes());
        }
        VBox box = new VBox(2, index, value, writer);
        box.getStyleClass().add("cell");
        box.setId("cell-" + IpcGlyphs.cssId(a.id()) + "-" + c.index());
        box.setAlignment(Pos.CENTER);
        box.pseudoClassStateChanged(ArrayView.WRITTEN, c.lastWriter() != null);
        box.pseudoClassStateChanged(ArrayView.NEWEST, c.lastWriter() != null && c.writeSeq() == a.lastSeq());
        if (c.lastWriter() != null) {
            ProcessPalette.apply(box, s.process(c.lastWriter()).colorIndex());
        }
        Tooltip.install(box, new Tooltip(tip));
        return box;
    }
}
