package org.proclab.ui.source;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.proclab.ui.i18n.I18n;

/** A program's source, read-only, monospaced, with line numbers; one list row per line. */
public final class SourceView extends ListView<String> {
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

    private static final class LineCell extends ListCell<String> {
        private final Label number = new Label();

        LineCell() {
            getStyleClass().add("source-line");
            number.getStyleClass().add("line-number");
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(12);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
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
