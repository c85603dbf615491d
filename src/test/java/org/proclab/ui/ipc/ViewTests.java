package org.proclab.ui.ipc;

import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.proclab.ui.UiSnapshots;

/** Small helpers the IPC view tests share. */
final class ViewTests {
    private ViewTests() {}

    /** Fits the window to the view and keeps it inside Monocle's headless screen. Call on the FX thread. */
    static void fit(Stage stage) {
        // styles first: the preferred size depends on fonts and paddings
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
    }

    static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    static Node byId(Parent in, String id) {
        Node n = UiSnapshots.onFx(() -> in.lookup("#" + id));
        if (n == null) {
            throw new AssertionError("no node #" + id);
        }
        return n;
    }

    /** A shared value's history row of the access recorded by event {@code seq}: the row that says "#seq". */
    static Node accessRow(Parent in, long seq) {
        Node row = UiSnapshots.onFx(() -> in.lookupAll(".access").stream()
                .filter(n -> ((Label) n.lookup(".access-seq")).getText().equals("#" + seq)).findFirst().orElse(null));
        if (row == null) {
            throw new AssertionError("no history row of #" + seq);
        }
        return row;
    }

    /** The texts of the labels with a style class under a node, in scene-graph order. */
    static List<String> texts(Node in, String styleClass) {
        return UiSnapshots.onFx(() -> in.lookupAll("." + styleClass).stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).collect(Collectors.toList()));
    }
}
