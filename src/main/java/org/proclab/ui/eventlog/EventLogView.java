package org.proclab.ui.eventlog;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.trace.Event;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.timeline.EventText;

/**
 * The run's events up to the one the views show, one row each: its number, its process in the process's
 * colour, what happened in the user's language (the trace format's words in the tooltip) and the program
 * line that did it. Choosing a row points out its line, process and object in the other views (see
 * {@link #selectedEventProperty()}); a double-click or Enter moves the timeline there. When the timeline
 * moves, the row of the event shown is chosen. Styled in {@code styles/event-log.css}.
 */
public final class EventLogView extends ListView<Event> {
    private static final String STYLESHEET = "/styles/event-log.css";
    /** The cell's padding and colour bar, and the vertical scroll bar. */
    private static final double ROW_INSETS = 34;

    private final RunViewModel run;
    private final I18n i18n;
    private final EventRows rows;
    private final ReadOnlyStringWrapper highlightedObject = new ReadOnlyStringWrapper(this, "highlightedObject");

    public EventLogView(RunViewModel run, I18n i18n) {
        this.run = run;
        this.i18n = i18n;
        this.rows = new EventRows(run);
        setItems(rows);
        getStyleClass().add("event-log");
        getStylesheets().add(EventLogView.class.getResource(STYLESHEET).toExternalForm());
        setFixedCellSize(22);
        setCellFactory(v -> new EventCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text("eventlog.none"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("event-log-placeholder");
        setPlaceholder(placeholder);
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(i18n.text("eventlog.hint"));
        setTooltip(hint);

        highlightedObject.bind(Bindings.createStringBinding(() -> EventObjects.objectOf(getSelectedEvent()),
                selectedEventProperty()));
        i18n.localeProperty().addListener(o -> refresh()); // the rows' sentences are in the language
        run.shownProperty().addListener(o -> sync());
        run.followingProperty().addListener((o, was, live) -> {
            if (live) {
                getSelectionModel().clearSelection(); // back to live: the newest events scroll by again
            }
            sync();
        });
        sync();

        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                moveTimelineToSelected();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                moveTimelineToSelected();
                e.consume();
            }
        });
    }

    /** The rows follow the events the views show; while scrubbing, the shown event is the chosen one. */
    private void sync() {
        rows.sync();
        int n = rows.size();
        if (n == 0) {
            getSelectionModel().clearSelection();
        } else if (!run.followingProperty().get()) {
            getSelectionModel().clearAndSelect(n - 1);
            scrollTo(Math.max(0, n - 6));
        } else if (getSelectionModel().isEmpty()) {
            scrollTo(n - 1); // live: keep the newest in view, unless the user is looking at one
        }
    }

    private void moveTimelineToSelected() {
        int i = getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            run.showAt(i); // the rows are the log's first events, so a row's index is the event's
        }
    }

    /** The event chosen in the log, or null. */
    public ReadOnlyObjectProperty<Event> selectedEventProperty() {
        return getSelectionModel().selectedItemProperty();
    }

    public Event getSelectedEvent() {
        return getSelectionModel().getSelectedItem();
    }

    /** The IPC object the chosen event acts on (see {@link EventObjects#objectOf}), or null. */
    public ReadOnlyStringProperty highlightedObjectProperty() {
        return highlightedObject.getReadOnlyProperty();
    }

    /** The chosen event's line when it is in {@code fileName}, else 0: for the source view to point out. */
    public IntegerBinding lineIn(ObservableValue<String> fileName) {
        return Bindings.createIntegerBinding(() -> {
            Event e = getSelectedEvent();
            return e != null && e.file() != null && e.file().equals(fileName.getValue()) ? e.line() : 0;
        }, selectedEventProperty(), fileName);
    }

    private final class EventCell extends ListCell<Event> {
        private final Label seq = label("event-seq");
        private final Label process = label("event-process");
        private final Label text = label("event-text");
        private final Label location = label("event-location");
        private final HBox row = new HBox(8, seq, process, text, location);
        private final Tooltip whole = new Tooltip(); // the text may be cut in a narrow pane

        EventCell() {
            getStyleClass().add("event-row");
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
            location.setMinWidth(Region.USE_PREF_SIZE); // the text gives way, not the line
            // as wide as the list, so the text is cut rather than the source line pushed out of sight
            row.setMinWidth(0);
            row.prefWidthProperty().bind(EventLogView.this.widthProperty().subtract(ROW_INSETS));
            row.maxWidthProperty().bind(row.prefWidthProperty());
        }

        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setId(null); // an empty cell is no event's row
                setGraphic(null);
                setStyle(null);
                setTooltip(null);
                return;
            }
            setId("event-" + e.seq());
            seq.setText(Long.toString(e.seq()));
            process.setText(EventText.who(e.pid(), run.tree(), i18n.getBundle()));
            ProcessPalette.apply(this, run.colorOf(e.pid()));
            text.setText(EventText.sentence(e, i18n.getBundle()));
            whole.setText(text.getText() + "\n" + EventText.raw(e)); // the sentence may be cut; the raw form has every field
            setTooltip(whole);
            location.setText(e.file() == null ? "" : EventText.location(e));
            setGraphic(row);
        }
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }
}
