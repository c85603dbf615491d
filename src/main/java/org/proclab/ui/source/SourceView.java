package org.proclab.ui.source;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;

/**
 * A program's source, read-only, monospaced, with line numbers; one list row per line. Lines where a
 * process waits for its turn (step and slow-motion modes) are marked {@code :pending}, in that
 * process's colour.
 */
public final class SourceView extends ListView<String> {
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final ObjectProperty<Map<Integer, Integer>> pendingLines =
            new SimpleObjectProperty<>(this, "pendingLines", Map.of());

    public SourceView(ObservableValue<ProgramSource> source, I18n i18n) {
        getStyleClass().add("source-view");
        setFocusTraversable(false);
        setFixedCellSize(20);
        setCellFactory(v -> new LineCell());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("source-placeholder");
        setPlaceholder(placeholder);
        Runnable show = () -> {
            ProgramSource s = source.getValue();
            getItems().setAll(s == null ? FXCollections.emptyObservableList() : s.lines());
            placeholder.setText(s == null || s.problem() == null
                    ? i18n.get("source.none") : i18n.get("source.problem", s.fileName(), s.problem()));
        };
        source.addListener((o, a, b) -> show.run());
        i18n.localeProperty().addListener((o, a, b) -> show.run());
        show.run();
    }

    /** Line numbers (from 1) to mark, each with the colour index of the process waiting there. */
    public ObjectProperty<Map<Integer, Integer>> pendingLinesProperty() {
        return pendingLines;
    }

    public void setPendingLines(Map<Integer, Integer> lines) {
        pendingLines.set(lines == null ? Map.of() : Map.copyOf(lines));
    }

    /** Scrolls a line (from 1) into view, unless it is already on screen. */
    public void reveal(int line) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
        javafx.scene.control.IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        javafx.scene.control.IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        int index = line - 1;
        if (first == null || last == null || index < first.getIndex() || index > last.getIndex()) {
            scrollTo(Math.max(0, index - 3));
        }
    }

    private final class LineCell extends ListCell<String> {
        private final Label number = new Label();
        private final javafx.beans.InvalidationListener onPending = o -> markPending();

        LineCell() {
            getStyleClass().add("source-line");
            number.getStyleClass().add("line-number");
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(12);
            pendingLines.addListener(new javafx.beans.WeakInvalidationListener(onPending));
        }

        private void markPending() {
            Integer waiting = isEmpty() ? null : pendingLines.get().get(getIndex() + 1);
            pseudoClassStateChanged(PENDING, waiting != null);
            if (waiting != null) {
                ProcessPalette.apply(this, waiting);
            } else {
                setStyle(null);
            }
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            markPending();
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
            } else {
                number.setText(Integer.toString(getIndex() + 1));
                setText(line.replace("\t", "    "));
                setGraphic(number);
            }
        }
    }
}
