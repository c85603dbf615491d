package org.proclab.ui.source;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.SplitPaneSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.PythonTwin;
import org.proclab.ui.i18n.I18n;

/**
 * The Python twin of the shown program, read-only, with each process's marker on the Python line mapped from its
 * Java line (and the off-screen ones pointed at along the edges, as in the Java program's {@link SourcePane}).
 * {@link #beside} puts it under the Java program while the toggle {@link #toggle} is on: the source column is too
 * narrow for two programs side by side.
 */
public final class PythonTwinPane extends VBox {
    private final SourceView source;

    public PythonTwinPane(PythonTwinModel model, I18n i18n) {
        setId("python-twin-pane");
        getStyleClass().add("python-twin-pane");
        Label title = new Label();
        title.setId("python-twin-title");
        title.getStyleClass().addAll("pane-title", "python-twin-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            PythonTwin t = model.twinProperty().get();
            return t == null ? i18n.get("twin.heading") : i18n.get("twin.headingFile", t.file());
        }, model.twinProperty(), i18n.localeProperty()));

        source = new SourceView(model.sourceProperty(), i18n);
        source.setId("python-twin-view");
        source.markersProperty().bind(model.markersProperty());
        source.pendingLinesProperty().bind(model.pendingLinesProperty());
        source.selectedEventLineProperty().bind(model.selectedEventLineProperty());
        // the twin follows the Java program: the line of the process that moved, or of the chosen event
        model.selectedEventLineProperty().addListener((o, a, line) -> source.reveal(line.intValue()));
        model.pendingLinesProperty().addListener((o, a, lines) -> lines.keySet().stream().findFirst().ifPresent(source::reveal));
        model.focusLineProperty().addListener((o, a, line) -> {
            if (source.getPendingLines().isEmpty()) { // a line where a process waits for its turn matters more
                source.reveal(line.intValue());
            }
        });
        SourcePane pane = new SourcePane(source, i18n);
        getChildren().addAll(title, pane);
        VBox.setVgrow(pane, Priority.ALWAYS);
    }

    public SourceView source() {
        return source;
    }

    /** The toggle "Python twin": shows and hides the twin; off for a program that has none. */
    public static CheckBox toggle(PythonTwinModel model, I18n i18n) {
        CheckBox box = new CheckBox();
        box.setId("python-twin-toggle");
        box.getStyleClass().add("python-twin-toggle");
        box.textProperty().bind(i18n.text("twin.toggle"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("twin.toggleTip"));
        box.setTooltip(tip);
        box.setMinWidth(Region.USE_PREF_SIZE); // the heading beside it gives way, never the toggle
        box.selectedProperty().bindBidirectional(model.shownProperty());
        box.disableProperty().bind(model.twinProperty().isNull());
        return box;
    }

    /**
     * The Java program's pane, with this twin under it while the model says it is shown: one split, the Java program
     * on top, so opening the twin never moves the program being read.
     */
    public static SplitPane beside(Node javaPane, PythonTwinPane twin, PythonTwinModel model) {
        SplitPane split = new SplitPane(javaPane);
        split.setId("source-and-twin");
        split.setOrientation(Orientation.VERTICAL);
        HalfUntilDragged skin = new HalfUntilDragged(split);
        split.setSkin(skin);
        Runnable layout = () -> {
            boolean show = model.isShown() && model.twinProperty().get() != null;
            if (show && !split.getItems().contains(twin)) {
                split.getItems().add(twin);
                split.setDividerPositions(0.5);
                skin.keepHalf = true;
            } else if (!show) {
                split.getItems().remove(twin);
            }
        };
        model.shownProperty().addListener(o -> layout.run());
        model.twinProperty().addListener(o -> layout.run());
        layout.run();
        return split;
    }

    /**
     * Keeps the divider at half the height from the moment the twin opens until the user drags it. A split pane
     * moves its divider when its own height changes during its first layouts: the file buttons above it wrapping
     * to three rows (lesson 6) left the twin two lines high.
     */
    private static final class HalfUntilDragged extends SplitPaneSkin {
        boolean keepHalf;

        HalfUntilDragged(SplitPane split) {
            super(split);
            split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != split; n = n.getParent()) {
                    if (n.getStyleClass().contains("split-pane-divider")) {
                        keepHalf = false; // the user's own position from now on
                    }
                }
            });
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            SplitPane split = getSkinnable();
            if (keepHalf && split.getItems().size() == 2 && Math.abs(split.getDividerPositions()[0] - 0.5) > 1e-3) {
                split.setDividerPosition(0, 0.5);
                super.layoutChildren(x, y, w, h);
            }
        }
    }
}
