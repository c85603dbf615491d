package org.proclab.ui.console;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.shape.Circle;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.run.RunViewModel;

/** The consoles: "All processes", interleaved and attributed, then one tab per process from its START on. */
public final class ConsoleTabs extends TabPane {
    private final RunViewModel vm;
    private final I18n i18n;
    private final Map<Long, Tab> tabs = new LinkedHashMap<>();
    private final javafx.beans.property.ObjectProperty<org.proclab.ui.ipc.DeadlockStory> deadlock =
            new javafx.beans.property.SimpleObjectProperty<>(this, "deadlock");

    public ConsoleTabs(RunViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("console-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab all = new Tab();
        all.setId("console-all");
        all.textProperty().bind(i18n.text("console.all"));
        all.setContent(new ConsoleView(vm.allLines(), true, i18n, deadlock));
        getTabs().add(all);
        vm.processes().addListener((ListChangeListener<ProcessNode>) c -> sync());
        sync();
    }

    private void sync() {
        if (vm.processes().isEmpty() && !tabs.isEmpty()) {
            getTabs().removeAll(tabs.values()); // a new run: the old processes' tabs go
            tabs.clear();
        }
        for (ProcessNode n : vm.processes()) {
            tabs.computeIfAbsent(n.pid(), pid -> newTab(n));
        }
    }

    private Tab newTab(ProcessNode n) {
        Tab t = new Tab(n.name() + " " + n.pid());
        t.setId("console-" + n.pid());
        Circle chip = new Circle(5, ProcessPalette.color(n.colorIndex()));
        chip.getStyleClass().add("process-chip");
        t.setGraphic(chip);
        t.setContent(new ConsoleView(vm.linesOf(n.pid()), false, i18n, deadlock));
        getTabs().add(t);
        return t;
    }

    /** The run's deadlock story; bind it to {@code IpcViewModel.deadlockStoryProperty()}. */
    public javafx.beans.property.ObjectProperty<org.proclab.ui.ipc.DeadlockStory> deadlockStoryProperty() {
        return deadlock;
    }

    /** Shows the console of one process, if it has one. */
    public void select(Long pid) {
        Tab t = pid == null ? null : tabs.get(pid);
        if (t != null) {
            getSelectionModel().select(t);
        }
    }
}
