package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.ValueView;
import org.proclab.ui.ipc.ValuesModel;
import org.proclab.ui.ipc.ValuesModel.Access;
import org.proclab.ui.ipc.ValuesModel.Value;

/**
 * One shared value's panel in the {@link ValueViewSkin}, built once and updated in place with each read
 * and write: the current value, its last writer and counts, and its history, where a row is kept while its
 * access is unchanged (a later write may mark it lost or stale, and then that row alone is drawn anew).
 */
final class ValuePanel extends InPlacePanel<Value, ValuesModel.Snapshot> {
    private final ResourceBundle b;
    private final VBox node;
    private final Label type = IpcGlyphs.label("", "value-type");
    private final Label initial = IpcGlyphs.label("", "value-initial");
    private final Label current = IpcGlyphs.label("", "current-value");
    private final Label writer = IpcGlyphs.label("", "last-writer");
    private final Label counts = IpcGlyphs.label("", "value-counts");
    private final Label lost = IpcGlyphs.label("", "lost-count");
    private final VBox rows = new VBox();
    private final ScrollPane scroll = new ScrollPane(rows);
    private final Label earlier = IpcGlyphs.label("", "earlier");
    private final Map<Long, Row> drawn = new HashMap<>();

    /** A history row and what it was drawn from. */
    private record Row(Access access, IpcProcess process, Node node) {
    }

    ValuePanel(Value v, ValuesModel.Snapshot s, ResourceBundle b) {
        super(new VBox(), "value", "value-" + IpcGlyphs.cssId(v.id()));
        node = (VBox) node();
        this.b = b;

        HBox header = PanelHeader.of("value", v.id(), List.of(type), initial);

        current.setId("current-" + IpcGlyphs.cssId(v.id()));
        VBox facts = new VBox(2, writer, counts, lost);
        facts.setAlignment(Pos.CENTER_LEFT);
        HBox summary = new HBox(18, current, facts);
        summary.getStyleClass().add("value-summary");
        summary.setAlignment(Pos.CENTER_LEFT);

        rows.getStyleClass().add("history");
        scroll.getStyleClass().add("history-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // the newest access in view, as in a console
        rows.heightProperty().addListener(o -> scroll.setVvalue(scroll.getVmax()));

        node.getChildren().addAll(header, summary, IpcGlyphs.label(I18n.text(b, "value.history"), "history-title"), scroll);
        update(v, s);
    }

    /** Draws a new record of the same value (or new processes), changing only what changed. */
    @Override
    void update(Value v, ValuesModel.Snapshot s) {
        type.setText(IpcGlyphs.typeName(b, v.typecode()));
        initial.setText(I18n.text(b, "value.initial", v.initial()));
        current.setText(v.current());
        if (v.lastWriter() == null) {
            writer.setText(I18n.text(b, "value.neverWritten"));
            writer.setStyle(null);
        } else {
            IpcProcess p = s.process(v.lastWriter());
            writer.setText(I18n.text(b, "value.lastWriter", p.name()));
            ProcessPalette.apply(writer, p.colorIndex());
        }
        counts.setText(I18n.text(b, "value.counts", v.reads(), v.writes()));
        lost.setText(I18n.text(b, "value.lost", v.lostUpdates()));
        lost.pseudoClassStateChanged(ValueView.LOST, v.lostUpdates() > 0);
        updateHistory(v, s);
    }

    private void updateHistory(Value v, ValuesModel.Snapshot s) {
        List<Access> shown = v.history();
        long hidden = v.reads() + v.writes() - shown.size();
        if (shown.size() > ValueViewSkin.MAX_ROWS) {
            hidden += shown.size() - ValueViewSkin.MAX_ROWS;
            shown = shown.subList(shown.size() - ValueViewSkin.MAX_ROWS, shown.size());
        }
        List<Node> wanted = new ArrayList<>(shown.size() + 1);
        if (hidden > 0) {
            earlier.setText(I18n.text(b, "value.earlier", hidden));
            wanted.add(earlier);
        }
        Map<Long, Row> kept = new HashMap<>();
        for (Access a : shown) {
            IpcProcess p = s.process(a.pid());
            Row row = drawn.get(a.seq());
            if (row == null || !row.access().equals(a) || !row.process().equals(p)) {
                row = new Row(a, p, row(a, p));
            }
            kept.put(a.seq(), row);
            wanted.add(row.node());
        }
        drawn.clear();
        drawn.putAll(kept);
        Children.sync(rows.getChildren(), wanted);
        // as tall as its rows while they are few; beyond that a fixed height that scrolls, with a
        // scroll bar from the start so that the width does not change when it appears
        boolean scrolls = wanted.size() > ValueViewSkin.SCROLL_AFTER_ROWS;
        scroll.setPrefViewportHeight(scrolls ? ValueViewSkin.HISTORY_HEIGHT : 0);
        scroll.setVbarPolicy(scrolls ? ScrollPane.ScrollBarPolicy.ALWAYS : ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVvalue(scroll.getVmax());
    }

    private Node row(Access a, IpcProcess p) {
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
        // no CSS id of its own: JavaFX keeps a style cache entry per distinct id, for good, and a run has
        // as many accesses as it likes; the row says its event number (#seq) instead
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
