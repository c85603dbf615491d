package org.proclab.ui.console;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.DeadlockStory;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.ProcessNode;

/**
 * The console of one process at a time, for a run of many: on the left every process (a virtualised list,
 * with a field that finds one by name or pid), on the right what the chosen one printed. Two lists, whatever
 * the number of processes, where a tab per process made 200 tabs nobody could find their way in.
 */
public final class ProcessConsoles extends BorderPane {
    /** A process as the list shows it: its name and colour never change. */
    private record Entry(long pid, String name, int colorIndex) {}

    private final LongFunction<ObservableList<ConsoleLine>> linesOf;
    private final I18n i18n;
    private final ObservableValue<DeadlockStory> deadlock;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final Map<Long, Entry> byPid = new HashMap<>();
    private final FilteredList<Entry> found = new FilteredList<>(entries);
    private final ListView<Entry> list = new ListView<>(found);
    private final TextField find = new TextField();
    private final Label title = new Label();
    private final Label pick = new Label();
    private final ObjectProperty<Long> chosen = new SimpleObjectProperty<>(this, "chosen");
    private ConsoleView shown;

    public ProcessConsoles(LongFunction<ObservableList<ConsoleLine>> linesOf, I18n i18n, ObservableValue<DeadlockStory> deadlock) {
        this.linesOf = linesOf;
        this.i18n = i18n;
        this.deadlock = deadlock;
        getStyleClass().add("process-consoles");
        find.setId("console-find");
        find.getStyleClass().add("console-find");
        find.promptTextProperty().bind(i18n.text("console.find"));
        find.textProperty().addListener((o, a, text) -> filter(text));
        list.setId("console-chooser");
        list.getStyleClass().add("console-chooser");
        list.setFixedCellSize(24);
        list.setCellFactory(v -> new EntryCell());
        Label none = new Label();
        none.textProperty().bind(i18n.text("console.noMatch"));
        none.getStyleClass().add("console-placeholder");
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                chosen.set(e.pid());
            }
        });
        VBox left = new VBox(4, find, list);
        left.getStyleClass().add("console-chooser-pane");
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(210);
        left.setMinWidth(150);
        setLeft(left);
        title.getStyleClass().add("console-title");
        title.setMaxWidth(Double.MAX_VALUE);
        pick.textProperty().bind(i18n.text("console.pick"));
        pick.getStyleClass().add("console-placeholder");
        pick.setWrapText(true);
        setCenter(pick);
        chosen.addListener((o, a, pid) -> show(pid));
    }

    /** Lists the processes of {@code processes} (in START order) and forgets those no longer in it. */
    public void sync(List<ProcessNode> processes) {
        Set<Long> present = new HashSet<>();
        for (ProcessNode n : processes) {
            present.add(n.pid());
            if (!byPid.containsKey(n.pid())) {
                Entry e = new Entry(n.pid(), n.name(), n.colorIndex());
                byPid.put(n.pid(), e);
                entries.add(e);
            }
        }
        if (present.size() < byPid.size()) { // a new run, or the timeline went back before some started
            byPid.keySet().retainAll(present);
            entries.removeIf(e -> !present.contains(e.pid()));
            if (chosen.get() != null && !present.contains(chosen.get())) {
                chosen.set(null);
            }
        }
        if (chosen.get() == null && !entries.isEmpty()) {
            choose(entries.get(0).pid()); // something to read from the start: the main process
        }
    }

    /** Shows the console of {@code pid}, if it is listed. */
    public void choose(Long pid) {
        Entry e = pid == null ? null : byPid.get(pid);
        if (e == null) {
            return;
        }
        if (!found.contains(e)) {
            find.clear();
        }
        list.getSelectionModel().select(e);
        list.scrollTo(e);
        chosen.set(pid);
    }

    /** The process whose console is shown, or null. */
    public ObjectProperty<Long> chosenProperty() {
        return chosen;
    }

    /** The console shown now, or null while no process is chosen. */
    public ConsoleView console() {
        return shown;
    }

    private void show(Long pid) {
        Entry e = pid == null ? null : byPid.get(pid);
        if (e == null) {
            shown = null;
            setCenter(pick);
            return;
        }
        shown = new ConsoleView(linesOf.apply(pid), false, i18n, deadlock);
        shown.setId("console-of-" + pid);
        title.setText(e.name() + " " + e.pid());
        title.setGraphic(new Circle(5, ProcessPalette.color(e.colorIndex())));
        VBox box = new VBox(title, shown);
        VBox.setVgrow(shown, Priority.ALWAYS);
        setCenter(box);
    }

    private void filter(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        found.setPredicate(t.isEmpty() ? null
                : e -> Long.toString(e.pid()).contains(t) || e.name().toLowerCase(Locale.ROOT).contains(t));
    }

    /** "● Process-37 12345" in the process's colour. */
    private static final class EntryCell extends ListCell<Entry> {
        private final Circle dot = new Circle(5);
        private final Label name = new Label();
        private final Label pid = new Label();
        private final HBox row = new HBox(6, dot, name, pid);

        EntryCell() {
            row.setAlignment(Pos.CENTER_LEFT);
            name.getStyleClass().add("console-chooser-name");
            pid.getStyleClass().add("console-chooser-pid");
        }

        @Override
        protected void updateItem(Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("console-choice-" + e.pid());
            dot.setFill(ProcessPalette.color(e.colorIndex()));
            name.setText(e.name());
            pid.setText(Long.toString(e.pid()));
            setGraphic(row);
        }
    }
}
