package org.proclab.ui.source;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.proclab.ui.i18n.I18n;

/**
 * The source view with the processes that stand off screen pointed at, along its top and bottom edges:
 * "▲ MainProcess · line 45" above, "▼ consumer · line 21" below; a click scrolls to that line. So every process's place
 * in the program is in sight, whichever lines the view shows. The lesson's {@link SourceView} and the playground's
 * editor share it, through {@link MarkedLines}.
 */
public final class SourcePane extends StackPane {
    private final MarkedLines source;
    private final HBox above = edge("markers-above", Pos.TOP_LEFT);
    private final HBox below = edge("markers-below", Pos.BOTTOM_LEFT);
    private final I18n i18n;

    public SourcePane(SourceView source, I18n i18n) {
        this(source, source, i18n);
    }

    /** @param content what shows {@code lines}: the view itself, or the scroll pane around it */
    public SourcePane(MarkedLines lines, Node content, I18n i18n) {
        this.source = lines;
        this.i18n = i18n;
        getStyleClass().add("source-pane");
        getStylesheets().add(SourcePane.class.getResource("/styles/code-markers.css").toExternalForm());
        getChildren().addAll(content, above, below);
        if (content != lines) { // a scroll pane around the lines: the pointers stay clear of its scroll bars
            StackPane.setMargin(below, new javafx.geometry.Insets(0, 0, 14, 0));
        }
        InvalidationListener update = o -> update();
        source.markersProperty().addListener(update);
        source.firstVisibleLineProperty().addListener(update);
        source.lastVisibleLineProperty().addListener(update);
        i18n.localeProperty().addListener(update);
    }

    private static HBox edge(String id, Pos where) {
        HBox box = new HBox(4);
        box.setId(id);
        box.getStyleClass().add("off-screen-markers");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPickOnBounds(false); // the code under it stays clickable
        box.setMaxHeight(USE_PREF_SIZE);
        box.setMaxWidth(USE_PREF_SIZE);
        StackPane.setAlignment(box, where);
        box.setVisible(false);
        return box;
    }

    private void update() {
        int first = source.firstVisibleLineProperty().get();
        int last = source.lastVisibleLineProperty().get();
        List<CodeMarker> markers = source.markersProperty().getValue();
        fill(above, first <= 0 ? List.of() : markers.stream().filter(m -> m.line() < first).toList(), "\u25B2");
        fill(below, last <= 0 ? List.of() : markers.stream().filter(m -> m.line() > last).toList(), "\u25BC");
    }

    private void fill(HBox edge, List<CodeMarker> off, String arrow) {
        edge.getChildren().clear();
        for (CodeMarker m : off) {
            Label pill = SourceView.pill(m, false);
            pill.setText(i18n.get("source.offScreenPill", arrow, m.name(), Integer.toString(m.line())));
            pill.setId("off-screen-" + m.pid());
            pill.setMinWidth(USE_PREF_SIZE);
            pill.setPrefWidth(USE_COMPUTED_SIZE);
            pill.setMaxWidth(USE_PREF_SIZE);
            pill.getTooltip().setText(i18n.get("source.offScreen", m.name(), Long.toString(m.pid()), Integer.toString(m.line())));
            pill.setOnMouseClicked(e -> source.showLine(m.line()));
            edge.getChildren().add(pill);
        }
        edge.setVisible(!off.isEmpty());
    }

    public MarkedLines source() {
        return source;
    }
}
