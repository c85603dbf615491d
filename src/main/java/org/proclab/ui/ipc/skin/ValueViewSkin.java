package org.proclab.ui.ipc.skin;

import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.ValueView;
import org.proclab.ui.ipc.ValuesModel.Access;
import org.proclab.ui.ipc.ValuesModel.Value;
import org.proclab.ui.ipc.ValuesModel;

/**
 * Draws a {@link ValueView}: per shared value its current value in large type, who wrote it last, the
 * counts, then its reads and writes in order, the newest at the bottom (scrolled into view). A lost
 * write is struck out and says which write overwrote it; the write that overwrote it, and the stale
 * read it was based on, are marked too.
 */
public class ValueViewSkin extends IpcPanelsSkin<ValueView, ValuesModel.Snapshot, Value> {
    /** Rows drawn per value; older ones are counted. */
    static final int MAX_ROWS = 200;
    /** The history's height before it scrolls. */
    static final double HISTORY_HEIGHT = 240;
    /** Up to this many rows the history is as tall as they are. */
    static final int SCROLL_AFTER_ROWS = 11;

    public ValueViewSkin(ValueView control) {
        super(control, "values", "value.placeholder",
                ValuesModel.Snapshot::values, Value::id, ValuesModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Value v, ValuesModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().add("value");
        panel.setId("value-" + IpcGlyphs.cssId(v.id()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, IpcGlyphs.label(v.id(), "panel-title", "value-title"),
                IpcGlyphs.label(IpcGlyphs.typeName(b, v.typecode()), "value-type"), spacer,
                IpcGlyphs.label(I18n.text(b, "value.initial", v.initial()), "value-initial"));
        header.getStyleClass().addAll("panel-header", "value-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        Label current = IpcGlyphs.label(v.current(), "current-value");
        current.setId("current-" + IpcGlyphs.cssId(v.id()));
        Label writer = IpcGlyphs.label(v.lastWriter() == null ? I18n.text(b, "value.neverWritten")
                : I18n.text(b, "value.lastWriter", s.process(v.lastWriter()).name()), "last-writer");
        if (v.lastWriter() != null) {
            ProcessPalette.apply(writer, s.process(v.lastWriter()).colorIndex());
        }
        Label lost = IpcGlyphs.label(I18n.text(b, "value.lost", v.lostUpdates()), "lost-count");
        lost.pseudoClassStateChanged(ValueView.LOST, v.lostUpdates() > 0);
        VBox facts = new VBox(2, writer, IpcGlyphs.label(I18n.text(b, "value.counts", v.reads(), v.writes()), "value-counts"),
                lost);
        facts.setAlignment(Pos.CENTER_LEFT);
        HBox summary = new HBox(18, current, facts);
        summary.getStyleClass().add("value-summary");
        summary.setAlignment(Pos.CENTER_LEFT);

        panel.getChildren().addAll(header, summary, IpcGlyphs.label(I18n.text(b, "value.history"), "history-title"),
                history(v, s, b));
        return panel;
    }

    private static Node history(Value v, ValuesModel.Snapshot s, ResourceBundle b) {
        VBox rows = new VBox();
        rows.getStyleClass().add("history");
        List<Access> shown = v.history();
        long hidden = v.reads() + v.writes() - shown.size();
        if (shown.size() > MAX_ROWS) {
            hidden += shown.size() - MAX_ROWS;
            shown = shown.subList(shown.size() - MAX_ROWS, shown.size());
        }
        if (hidden > 0) {
            rows.getChildren().add(IpcGlyphs.label(I18n.text(b, "value.earlier", hidden), "earlier"));
        }
        for (Access a : shown) {
            rows.getChildren().add(row(v, a, s, b));
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.getStyleClass().add("history-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // as tall as its rows while they are few; beyond that a fixed height that scrolls, with a
        // scroll bar from the start so that the width does not change when it appears
        if (rows.getChildren().size() > SCROLL_AFTER_ROWS) {
            scroll.setPrefViewportHeight(HISTORY_HEIGHT);
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        }
        // the newest access in view, as in a console
        rows.heightProperty().addListener(o -> scroll.setVvalue(scroll.getVmax()));
        scroll.setVvalue(scroll.getVmax());
        return scroll;
    }

    private static Node row(Value v, Access a, ValuesModel.Snapshot s, ResourceBundle b) {
        IpcProcess p = s.process(a.pid());
        Label seq = IpcGlyphs.label("#" + a.seq(), "access-seq");
        Label who = IpcGlyphs.processTag(p, "access-process");
        Label verb = IpcGlyphs.label(I18n.text(b, a.write() ? "value.write" : "value.read"), "access-verb");
        Text value = new Text(a.value());
        value.getStyleClass().add("access-value");
        Label valueBox = new Label(null, value);
        valueBox.getStyleClass().add("access-value-box");
        valueBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, seq, who, verb, valueBox);
        row.getStyleClass().add("access");
        row.setId("access-" + IpcGlyphs.cssId(v.id()) + "-" + a.seq());
        row.setAlignment(Pos.CENTER_LEFT);
        if (a.write() && a.readValue() != null) {
            row.getChildren().add(IpcGlyphs.label(I18n.text(b, "value.basedOn", a.readValue()), "access-based-on"));
        }
        if (a.lost()) {
            row.getChildren().add(IpcGlyphs.label(I18n.text(b, "value.lostTag", Long.toString(a.lostToSeq())), "tag", "lost-tag"));
        }
        if (a.stale()) {
            row.getChildren().add(a.write()
                    ? IpcGlyphs.label(I18n.text(b, "value.staleTag", overwrote(a)), "tag", "stale-tag")
                    : IpcGlyphs.label(I18n.text(b, "value.staleReadTag"), "tag", "stale-tag"));
        }
        row.pseudoClassStateChanged(ValueView.READ, !a.write());
        row.pseudoClassStateChanged(ValueView.WRITE, a.write());
        row.pseudoClassStateChanged(ValueView.LOST, a.lost());
        row.pseudoClassStateChanged(ValueView.STALE, a.stale());
        return row;
    }

    private static String overwrote(Access a) {
        StringBuilder out = new StringBuilder();
        for (long seq : a.overwrote()) {
            out.append(out.length() == 0 ? "" : ", ").append('#').append(seq);
        }
        return out.toString();
    }
}
