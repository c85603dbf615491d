package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.ArrayView;
import org.proclab.ui.ipc.ArraysModel;
import org.proclab.ui.ipc.ArraysModel.Cell;
import org.proclab.ui.ipc.ArraysModel.SharedArray;
import org.proclab.ui.ipc.IpcProcess;

/**
 * One shared array's panel in the {@link ArrayViewSkin}, built once and updated in place with each access:
 * the counts in the header, and of the cells only those whose value, writer or newest mark changed are
 * drawn anew.
 */
final class ArrayPanel extends InPlacePanel<SharedArray, ArraysModel.Snapshot> {
    private final String arrayId;
    private final ResourceBundle b;
    private final VBox node;
    private final HBox header;
    private final Label type = IpcGlyphs.label("", "array-type");
    private final Label length = IpcGlyphs.label("", "array-length");
    private final Label counts = IpcGlyphs.label("", "array-counts");
    private final FlowPane cells = new FlowPane(6, 6);
    private final Label more = IpcGlyphs.label("", "more-cells");
    private final Map<Integer, Redrawn> drawn = new HashMap<>();

    ArrayPanel(SharedArray a, ArraysModel.Snapshot s, ResourceBundle b) {
        super(new VBox(), "shared-array", "array-" + IpcGlyphs.cssId(a.id()));
        node = (VBox) node();
        this.arrayId = a.id();
        this.b = b;
        header = PanelHeader.of("array", a.id(), List.of(type, length), counts);
        cells.getStyleClass().add("cells");
        cells.setId("cells-" + IpcGlyphs.cssId(a.id()));
        cells.setPrefWrapLength(8 * 86); // eight cells a row before it wraps
        update(a, s);
    }

    @Override
    void update(SharedArray a, ArraysModel.Snapshot s) {
        type.setText(IpcGlyphs.typeName(b, a.typecode()));
        length.setText(I18n.text(b, "array.length", a.length()));
        counts.setText(I18n.text(b, "array.counts", a.reads(), a.writes()));
        List<Node> shown = new ArrayList<>(a.cells().size());
        for (Cell c : a.cells()) {
            IpcProcess writer = c.lastWriter() == null ? null : s.process(c.lastWriter());
            boolean newest = c.lastWriter() != null && c.writeSeq() == a.lastSeq();
            shown.add(drawn.computeIfAbsent(c.index(), i -> new Redrawn())
                    .of(Arrays.asList(c, writer, newest), () -> cell(c, writer, newest)));
        }
        drawn.keySet().removeIf(i -> i >= a.cells().size());
        Children.sync(cells.getChildren(), shown);
        List<Node> parts = new ArrayList<>(List.of(header, cells));
        if (a.length() > a.cells().size()) {
            more.setText(I18n.text(b, "array.more", a.length() - a.cells().size()));
            parts.add(more);
        }
        Children.sync(node.getChildren(), parts);
    }

    /** A cell: its index, its value in large type and the process that wrote it last, in that process's colour. */
    private Node cell(Cell c, IpcProcess p, boolean newest) {
        Label index = IpcGlyphs.label("[" + c.index() + "]", "cell-index");
        Label value = IpcGlyphs.label(c.value() == null ? "?" : IpcGlyphs.shorten(c.value(), 10), "cell-value");
        Label writer;
        String tip;
        if (p == null) {
            writer = IpcGlyphs.label(I18n.text(b, "array.notWritten"), "cell-writer", "not-written");
            tip = I18n.text(b, "array.cellTipUnwritten", c.index(), c.value() == null ? "?" : c.value());
        } else {
            writer = IpcGlyphs.processTag(p, "cell-writer");
            tip = I18n.text(b, "array.cellTip", c.index(), c.value() == null ? "?" : c.value(), p.name(),
                    Long.toString(p.pid()), c.writes());
        }
        VBox box = new VBox(2, index, value, writer);
        box.getStyleClass().add("cell");
        box.setId("cell-" + IpcGlyphs.cssId(arrayId) + "-" + c.index());
        box.setAlignment(Pos.CENTER);
        box.pseudoClassStateChanged(ArrayView.WRITTEN, p != null);
        box.pseudoClassStateChanged(ArrayView.NEWEST, newest);
        if (p != null) {
            ProcessPalette.apply(box, p.colorIndex());
        }
        Tooltip.install(box, new Tooltip(tip));
        return box;
    }
}
