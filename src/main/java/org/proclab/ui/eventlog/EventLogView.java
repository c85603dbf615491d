package org.proclab.ui.eventlog;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.proclab.trace.Event;
import org.proclab.ui.control.ListEnd;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.timeline.EventText;

/**
 * The run's events up to the one the views show, one row each: its number, its process in the process's
 * colour, what happened in the user's language (the trace format's words in the tooltip) and the program
 * line that did it. Choosing a row points out its line, process and object in the other views (see
 * {@link #selectedEventProperty()}); a double-click or Enter moves the timeline there. When the timeline
 * moves, the row of the event shown is chosen. The periodic CPU-time reports are left out unless
 * {@link #showCpuTimeProperty()} asks for them. Styled in {@code styles/event-log.css}.
 */
public final class EventLogView extends ListView<Event> {
    private static final String STYLESHEET = "/styles/event-log.css";
    /** The cell's padding and colour bar, and the vertical scroll bar. */
    private static final double ROW_INSETS = 34;
    /** A row's program line gives way to its sentence down to this width ("…:32"). */
    private static final double MIN_LOCATION = 44;

    private final RunViewModel run;
    private final I18n i18n;
    private final ReadOnlyStringWrapper highlightedObject = new ReadOnlyStringWrapper(this, "highlightedObject");
    private final javafx.beans.property.BooleanProperty showCpuTime =
            new javafx.beans.property.SimpleBooleanProperty(this, "showCpuTime", false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper earlier =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "earlier");
    private final EventRows rows;
    // wide enough for the longest number listed: a long run's numbers have eight digits
    private final javafx.beans.property.DoubleProperty seqWidth = new javafx.beans.property.SimpleDoubleProperty(34);
    private int seqDigits;
    private boolean scrollPending;

    public EventLogView(RunViewModel run, I18n i18n) {
        this.run = run;
        this.i18n = i18n;
        this.rows = new EventRows(run, !showCpuTime.get());
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
        showCpuTime.addListener((o, was, show) -> {
            rows.hideCpu(!show);
            sync();
        });
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
        earlier.set(rows.earlier());
        int n = rows.size();
        int digits = Long.toString(n == 0 ? 0 : rows.get(n - 1).seq()).length();
        if (digits != seqDigits) {
            seqDigits = digits;
            seqWidth.set(seqWidthFor(digits));
        }
        if (n == 0) {
            getSelectionModel().clearSelection();
        } else if (!run.followingProperty().get()) {
            getSelectionModel().clearAndSelect(n - 1); // the shown event, or the last shown row before it
            scrollTo(Math.max(0, n - 6));
        } else if (getSelectionModel().isEmpty() && !scrollPending) {
            // live: keep the newest in view, unless the user is looking at one; once per frame, when laid out
            scrollPending = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        boolean scrolled = false;
        if (scrollPending) {
            scrollPending = false;
            if (run.followingProperty().get() && getSelectionModel().isEmpty() && !getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
                scrolled = true;
            }
        }
        super.layoutChildren();
        if (scrolled) {
            ListEnd.settle(this);
        }
    }

    private static double seqWidthFor(int digitCount) {
        javafx.scene.text.Text digits = new javafx.scene.text.Text("0".repeat(digitCount));
        digits.setFont(javafx.scene.text.Font.font("Monospaced", 11)); // as styles/event-log.css sets it
        return Math.max(34, Math.ceil(digits.getLayoutBounds().getWidth()) + 4);
    }

    private void moveTimelineToSelected() {
        int i = getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < rows.size()) {
            run.showAt(rows.eventIndex(i));
        }
    }

    /**
     * Rows before the first one listed: the list holds the last {@link EventRows#MAX_ROWS} rows up to the
     * shown event; moving the timeline back lists earlier ones.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    /** Whether the periodic CPU-time reports have rows; off by default. */
    public javafx.beans.property.BooleanProperty showCpuTimeProperty() {
        return showCpuTime;
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

    private final class EventCell extends ListCell<Event> {
        private final Label seq = label("event-seq");
        private final Label process = label("event-process");
        private final Label text = label("event-text");
        private final Label location = label("event-location");
        private final EventRow row = new EventRow(seq, process, text, location);
        private final Tooltip whole = new Tooltip(); // the text may be cut in a narrow pane

        EventCell() {
            getStyleClass().add("event-row");
            seq.minWidthProperty().bind(seqWidth);
            seq.prefWidthProperty().bind(seqWidth);
            text.setMinWidth(0);
            location.setMinWidth(0);
            location.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS); // "…:32" keeps the line number
            // as wide as the list, so the text is cut rather than the source line pushed out of sight
            row.setMinWidth(0);
            row.prefWidthProperty().bind(EventLogView.this.widthProperty().subtract(ROW_INSETS));
            row.maxWidthProperty().bind(row.prefWidthProperty());
        }

        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            // no id per event: a new id restyles the row and its labels, every frame of a flood
            if (empty || e == null) {
                setGraphic(null);
                ProcessPalette.mark(this, null);
                setTooltip(null);
                return;
            }
            seq.setText(Long.toString(e.seq()));
            process.setText(EventText.who(e.pid(), run.tree(), i18n.getBundle()));
            ProcessPalette.mark(this, run.colorOf(e.pid())); // a pseudo-class: an inline style restyled the row from scratch
            text.setText(EventText.sentence(e, i18n.getBundle()));
            whole.setText(text.getText() + "\n" + EventText.raw(e)); // the sentence may be cut; the raw form has every field
            setTooltip(whole);
            location.setText(e.file() == null ? "" : EventText.location(e));
            setGraphic(row);
        }
    }

    /**
     * One row: the number and the process at their widths, then the sentence, which takes what it needs
     * before the program line does; the line gives way down to its number ("…:32").
     */
    private static final class EventRow extends Region {
        private static final double GAP = 8;
        private final Label seq;
        private final Label process;
        private final Label text;
        private final Label location;

        EventRow(Label seq, Label process, Label text, Label location) {
            this.seq = seq;
            this.process = process;
            this.text = text;
            this.location = location;
            getChildren().addAll(seq, process, text, location);
        }

        @Override
        protected void layoutChildren() {
            double h = getHeight();
            double x = 0;
            for (Label fixed : List.of(seq, process)) {
                double w = fixed.prefWidth(-1);
                fixed.resizeRelocate(x, 0, w, h);
                x += w + GAP;
            }
            double rest = Math.max(0, getWidth() - x);
            double locPref = location.getText() == null || location.getText().isEmpty() ? 0 : location.prefWidth(-1);
            double textPref = text.prefWidth(-1);
            double locW = Math.min(locPref, Math.max(Math.min(locPref, MIN_LOCATION), rest - textPref - GAP));
            double textW = Math.max(0, rest - (locW > 0 ? locW + GAP : 0));
            text.resizeRelocate(x, 0, textW, h);
            location.resizeRelocate(getWidth() - locW, 0, locW, h);
        }

        @Override
        protected double computePrefWidth(double height) {
            return seq.prefWidth(-1) + process.prefWidth(-1) + text.prefWidth(-1) + location.prefWidth(-1) + 3 * GAP;
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(text.prefHeight(-1), process.prefHeight(-1));
        }
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }
}
