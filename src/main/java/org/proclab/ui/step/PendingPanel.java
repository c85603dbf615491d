package org.proclab.ui.step;

import java.util.Comparator;
import java.util.function.LongToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.run.SchedulerViewModel;

/**
 * The operations held back in step and slow-motion modes, oldest first: each with its process's colour
 * and name, the operation and its file:line, and a ▶ that lets that process's next operation run. This
 * is how the user picks who goes next. The rows stand in the processes' START order, so a process keeps its
 * row from one release to the next: pressing the same ▶ twice releases the same process.
 */
public final class PendingPanel extends VBox {
    private final ListView<Scheduler.Pending> list;

    /** {@code colorOf} gives a pid's colour index (its START order); {@code processes} changes when it may have changed. */
    public PendingPanel(SchedulerViewModel vm, LongToIntFunction colorOf, ObservableList<ProcessNode> processes, I18n i18n) {
        getStyleClass().add("pending-panel");
        setId("pending-panel");
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("pending.heading", Integer.toString(vm.pending().size())), vm.pending(), i18n.localeProperty()));

        // by process, not by age: the oldest operation moves to the end each time one is released
        SortedList<Scheduler.Pending> rows = new SortedList<>(vm.pending(), byProcess(colorOf));
        processes.addListener((ListChangeListener<ProcessNode>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced()) {
                    rows.setComparator(byProcess(colorOf)); // a process started: its colour, its place, is known now
                    return;
                }
            }
        });
        list = new ListView<>(rows);
        list.setId("pending-list");
        list.getStyleClass().add("pending-list");
        list.setFocusTraversable(false); // Space steps; it must not select rows
        list.setFixedCellSize(44);
        list.setCellFactory(v -> new PendingCell(vm, colorOf, processes, i18n));
        Label empty = new Label();
        empty.getStyleClass().add("pending-placeholder");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(vm.getMode() == Scheduler.Mode.STEP ? "pending.emptyStep" : "pending.empty"),
                vm.modeProperty(), i18n.localeProperty()));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        i18n.localeProperty().addListener((o, a, b) -> list.refresh());
        getChildren().addAll(title, list);
    }

    /** START order of the process (unknown ones last), then the order the operations came in. */
    static Comparator<Scheduler.Pending> byProcess(LongToIntFunction colorOf) {
        return Comparator.<Scheduler.Pending>comparingInt(p -> {
            int c = colorOf.applyAsInt(p.pid());
            return c < 0 ? Integer.MAX_VALUE : c;
        }).thenComparingLong(Scheduler.Pending::order);
    }

    public ListView<Scheduler.Pending> list() {
        return list;
    }

    private static final class PendingCell extends ListCell<Scheduler.Pending> {
        private final Region chip = new Region();
        private final Label who = new Label();
        private final Label what = new Label();
        private final Label where = new Label();
        private final Button go = new Button("\u25B6");
        private final Tooltip goTip = new Tooltip();
        private final HBox row;
        private final LongToIntFunction colorOf;
        private final I18n i18n;
        // a process's colour is known once its START has been folded in; the list may show it before.
        // The cell recolours itself: rebuilding the cells would pull a ▶ away from under the mouse.
        private final ListChangeListener<ProcessNode> onProcesses = c -> recolour();

        PendingCell(SchedulerViewModel vm, LongToIntFunction colorOf, ObservableList<ProcessNode> processes, I18n i18n) {
            this.colorOf = colorOf;
            this.i18n = i18n;
            processes.addListener(new WeakListChangeListener<>(onProcesses));
            getStyleClass().add("pending-cell");
            chip.getStyleClass().add("chip");
            who.getStyleClass().add("pending-process");
            who.setMinWidth(Region.USE_PREF_SIZE);
            what.getStyleClass().add("pending-what");
            where.getStyleClass().add("pending-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            go.getStyleClass().add("step-one");
            go.setFocusTraversable(false);
            go.setTooltip(goTip);
            go.setOnAction(e -> {
                Scheduler.Pending p = getItem();
                if (p != null) {
                    vm.step(p.pid());
                }
            });
            // two lines, so a narrow column still shows the operation and its line in full
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, chip, who, spacer, where);
            top.setAlignment(Pos.CENTER_LEFT);
            what.setMinWidth(0);
            VBox lines = new VBox(1, top, what);
            lines.setMinWidth(0);
            HBox.setHgrow(lines, Priority.ALWAYS);
            row = new HBox(8, go, lines);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setText(null);
            setPrefWidth(0); // never wider than the list: no sideways scrolling
        }

        @Override
        protected void updateItem(Scheduler.Pending p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setId(null);
                setStyle(null);
                return;
            }
            setId("pending-" + p.order());
            go.setId("step-" + p.order());
            recolour();
            who.setText(p.process() + " " + p.pid());
            what.setText(p.what());
            where.setText(p.file() == null ? "" : p.file() + ":" + p.line());
            goTip.setText(i18n.get("pending.stepTip", p.process(), p.what()));
            setGraphic(row);
        }

        private void recolour() {
            Scheduler.Pending p = getItem();
            if (p != null && !isEmpty()) {
                ProcessPalette.apply(this, colorOf.applyAsInt(p.pid()));
            }
        }
    }
}
