package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The first row of every IPC panel: the object's id as its title, what says what it is after it, and its
 * counts at the right edge; on a common baseline, styled {@code panel-header} and {@code <kind>-header}
 * (its title {@code panel-title} and {@code <kind>-title}).
 */
final class PanelHeader {
    private final HBox row = new HBox(8);
    private final Label title;
    private final Region spacer = new Region();

    PanelHeader(String kind, String id) {
        title = IpcGlyphs.label(id, "panel-title", kind + "-title");
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row.getStyleClass().addAll("panel-header", kind + "-header");
        row.setAlignment(Pos.BASELINE_LEFT);
        row.getChildren().add(title);
    }

    /** A header that shows {@code left} after the title and {@code right} at the right edge, for good. */
    static HBox of(String kind, String id, List<? extends Node> left, Node... right) {
        return new PanelHeader(kind, id).show(left, right).node();
    }

    /** Shows {@code left} after the title and {@code right} at the right edge; a node that stays is not touched. */
    PanelHeader show(List<? extends Node> left, Node... right) {
        List<Node> parts = new ArrayList<>(left.size() + right.length + 2);
        parts.add(title);
        parts.addAll(left);
        if (right.length > 0) {
            parts.add(spacer);
            parts.addAll(List.of(right));
        }
        Children.sync(row.getChildren(), parts);
        return this;
    }

    HBox node() {
        return row;
    }
}
