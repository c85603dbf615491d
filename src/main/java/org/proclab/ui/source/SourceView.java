package org.proclab.ui.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;

/**
 * A program's source, read-only, monospaced, with line numbers; one list row per line. Left of the line
 * numbers, a gutter of a fixed width (so the code never moves sideways) with a {@code .code-marker} pill per
 * process on the line it is executing, in the process's colour, and the line lightly tinted ({@code :marked}):
 * one process's pill says its name, processes sharing a line get short names, and more than two a count.
 * {@link #firstVisibleLineProperty()} and {@link #lastVisibleLineProperty()} say which lines are on screen,
 * for {@link SourcePane} to point at the processes standing off screen. Lines where a process waits for its turn
 * (step and slow-motion modes) are marked {@code :pending}, in that process's colour; the line of the event
 * chosen in the event log is {@code :selected-event}. Styled in {@code styles/code-markers.css} and
 * {@code styles/app.css}.
 */
public final class SourceView extends ListView<String> implements MarkedLines {
    public static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    public static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");
    public static final PseudoClass SELECTED_EVENT = PseudoClass.getPseudoClass("selected-event");
    /** Pills drawn on one line; the others are counted. */
    static final int MAX_PILLS = MarkerGutter.MAX_PILLS;
    /** The gutter's width, reserved whether or not a process stands on a line: the code never shifts. */
    static final double GUTTER_WIDTH = 72;
    private static final double PILL_GAP = 2;
    private static final double PILL_WIDTH = GUTTER_WIDTH - PILL_GAP;
    /** When processes share a line, pills shrink to short names ("PW1" for PoolWorker-1). */
    static final double COMPACT_PILL_WIDTH = 25;
    private static final String STYLESHEET = "/styles/code-markers.css";

    private final ObjectProperty<Map<Integer, Integer>> pendingLines =
            new SimpleObjectProperty<>(this, "pendingLines", Map.of());
    private final ObjectProperty<List<CodeMarker>> markers = new SimpleObjectProperty<>(this, "markers", List.of());
    private final IntegerProperty selectedEventLine = new SimpleIntegerProperty(this, "selectedEventLine", 0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper firstVisibleLine =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "firstVisibleLine", 0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper lastVisibleLine =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "lastVisibleLine", 0);
    private Map<Integer, List<CodeMarker>> markersByLine = Map.of();

    public SourceView(ObservableValue<ProgramSource> source, I18n i18n) {
        getStyleClass().add("source-view");
        getStylesheets().add(SourceView.class.getResource(STYLESHEET).toExternalForm());
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
        source.addListener((o, a, b) -> {
            show.run();
            scrollTo(0); // another program starts at its first line, not where the last one was scrolled to
        });
        i18n.localeProperty().addListener((o, a, b) -> show.run());
        show.run();
        // an invalidation listener added before any cell's, so the cells find the lines already grouped
        markers.addListener(o -> groupMarkers(markers.get()));
        skinProperty().addListener((o, a, skin) -> watchScrolling());
    }

    /** Line numbers (from 1) to mark, each with the colour index of the process waiting there. */
    public ObjectProperty<Map<Integer, Integer>> pendingLinesProperty() {
        return pendingLines;
    }

    public Map<Integer, Integer> getPendingLines() {
        return pendingLines.get();
    }

    public void setPendingLines(Map<Integer, Integer> lines) {
        pendingLines.set(lines == null ? Map.of() : Map.copyOf(lines));
    }

    /** The processes to mark, each on its line; bind it to {@link CodeMarkersModel#markersProperty()}. */
    public ObjectProperty<List<CodeMarker>> markersProperty() {
        return markers;
    }

    public void setMarkers(List<CodeMarker> m) {
        markers.set(m == null ? List.of() : m);
    }

    /** The line (from 1) of the event chosen in the event log, or 0 for none. */
    public IntegerProperty selectedEventLineProperty() {
        return selectedEventLine;
    }

    public void setSelectedEventLine(int line) {
        selectedEventLine.set(line);
    }

    /** The processes standing on a line (from 1), in START order. */
    public List<CodeMarker> markersAt(int line) {
        return markersByLine.getOrDefault(line, List.of());
    }

    private void groupMarkers(List<CodeMarker> now) {
        Map<Integer, List<CodeMarker>> byLine = new HashMap<>();
        for (CodeMarker m : now == null ? List.<CodeMarker>of() : now) {
            byLine.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
        }
        markersByLine = byLine;
    }

    /** The first line (from 1) on screen, or 0 when none is. */
    public javafx.beans.property.ReadOnlyIntegerProperty firstVisibleLineProperty() {
        return firstVisibleLine.getReadOnlyProperty();
    }

    /** The last line (from 1) on screen, or 0 when none is. */
    public javafx.beans.property.ReadOnlyIntegerProperty lastVisibleLineProperty() {
        return lastVisibleLine.getReadOnlyProperty();
    }

    /** Follows the scroll position: rows are all one height, so the lines on screen follow from it. */
    private void watchScrolling() {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null) {
            return;
        }
        javafx.beans.InvalidationListener visible = o -> {
            int n = getItems().size();
            double rows = flow.getHeight() / getFixedCellSize();
            if (n == 0 || rows <= 0) {
                firstVisibleLine.set(0);
                lastVisibleLine.set(0);
                return;
            }
            double top = flow.getPosition() * Math.max(0, n - rows); // rows scrolled past
            firstVisibleLine.set((int) Math.floor(top + 0.5) + 1); // a line more than half hidden is not in sight
            lastVisibleLine.set(Math.min(n, (int) Math.floor(top + rows - 0.5) + 1));
        };
        flow.positionProperty().addListener(visible);
        flow.heightProperty().addListener(visible);
        getItems().addListener(visible);
        visible.invalidated(null);
    }

    @Override
    public void showLine(int line) {
        scrollTo(Math.max(0, line - 4));
    }

    /** Scrolls a line (from 1) into view, unless it is already on screen. */
    public void reveal(int line) {
        if (line <= 0) {
            return;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        int index = line - 1;
        if (first == null || last == null || index < first.getIndex() || index > last.getIndex()) {
            scrollTo(Math.max(0, index - 3));
        }
    }

    private final class LineCell extends ListCell<String> {
        private final Label number = new Label();
        private final HBox gutter = MarkerGutter.create(GUTTER_WIDTH);
        private final HBox graphic = new HBox(4, gutter, number);
        private final InvalidationListener onMarks = o -> mark();

        LineCell() {
            getStyleClass().add("source-line");
            number.getStyleClass().add("line-number");
            graphic.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(12);
            WeakInvalidationListener weak = new WeakInvalidationListener(onMarks);
            pendingLines.addListener(weak);
            markers.addListener(weak);
            selectedEventLine.addListener(weak);
        }

        private void mark() {
            int line = isEmpty() ? -1 : getIndex() + 1;
            Integer waiting = isEmpty() ? null : pendingLines.get().get(line);
            List<CodeMarker> here = isEmpty() ? List.of() : markersAt(line);
            pseudoClassStateChanged(PENDING, waiting != null);
            pseudoClassStateChanged(MARKED, !here.isEmpty());
            pseudoClassStateChanged(SELECTED_EVENT, !isEmpty() && line == selectedEventLine.get());
            int colour = isEmpty() ? -1 : MarkerGutter.lineColour(line, pendingLines.get(), here);
            if (colour >= 0) {
                ProcessPalette.apply(this, colour);
            } else {
                setStyle(null);
            }
            MarkerGutter.fill(gutter, here);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            mark();
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
            } else {
                number.setText(Integer.toString(getIndex() + 1));
                setText(line.replace("\t", "    "));
                setGraphic(graphic);
            }
        }
    }

    /** A process's pill: its name, or a short name where processes share a line (the playground's editor draws them too). */
    public static Label pill(CodeMarker m, boolean compact) {
        Label pill = new Label(compact ? shortName(m.name()) : m.name());
        pill.getStyleClass().add("code-marker");
        pill.setId("marker-" + m.pid());
        double w = compact ? COMPACT_PILL_WIDTH : PILL_WIDTH;
        pill.setMinWidth(w);
        pill.setPrefWidth(w);
        pill.setMaxWidth(w);
        pill.setMinHeight(Region.USE_PREF_SIZE);
        pill.setTooltip(new Tooltip(m.name() + " (" + m.pid() + ")"));
        ProcessPalette.apply(pill, m.colorIndex());
        return pill;
    }

    /** "PoolWorker-1" → "PW1", "MainProcess" → "MP", "consumer" → "con": capitals and the trailing number. */
    static String shortName(String name) {
        String caps = name.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int i = name.length();
        while (i > 0 && Character.isDigit(name.charAt(i - 1))) {
            i--;
        }
        String digits = name.substring(i);
        String s = caps.isEmpty() ? name.substring(0, Math.min(3, i)) + digits : caps + digits;
        return s.length() > 4 ? s.substring(0, 4) : s;
    }
}
