package org.proclab.ui.console;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.shape.Circle;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.run.RunViewModel;

/**
 * The consoles: "All processes", interleaved and attributed, then one tab per process from its START on.
 * A run of more than {@link #MAX_TABS} processes gets one tab "Each process" instead, where a list of
 * them (with a search field) picks whose console is shown ({@link ProcessConsoles}): 200 tabs were a strip
 * nobody could find a process in, and 200 consoles to keep up to date.
 */
public final class ConsoleTabs extends TabPane {
    /** Up to this many processes, a tab each. */
    public static final int MAX_TABS = 12;

    private final RunViewModel vm;
    private final I18n i18n;
    private final Map<Long, Tab> tabs = new LinkedHashMap<>();
    private final javafx.beans.property.ObjectProperty<org.proclab.ui.ipc.DeadlockStory> deadlock =
            new javafx.beans.property.SimpleObjectProperty<>(this, "deadlock");
    private final ProcessConsoles each;
    private final Tab eachTab = new Tab();
    private final javafx.beans.property.IntegerProperty count = new javafx.beans.property.SimpleIntegerProperty(this, "count");

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
        each = new ProcessConsoles(vm::linesOf, i18n, deadlock);
        eachTab.setId("console-each");
        eachTab.setContent(each);
        eachTab.textProperty().bind(i18n.textOf("console.each", count));
        vm.processes().addListener((ListChangeListener<ProcessNode>) c -> {
            while (c.next()) {
                if (!c.wasReplaced()) { // a process that changed state has the same console: only arrivals and departures count
                    sync();
                    return;
                }
            }
        });
        sync();
    }

    private void sync() {
        count.set(vm.processes().size());
        if (count.get() > MAX_TABS) {
            Tab was = getSelectionModel().getSelectedItem();
            if (!getTabs().contains(eachTab)) {
                getTabs().removeAll(tabs.values());
                getTabs().add(eachTab);
            }
            each.sync(vm.processes());
            Long pid = tabs.entrySet().stream().filter(e -> e.getValue() == was).map(Map.Entry::getKey).findFirst().orElse(null);
            tabs.clear();
            if (pid != null) { // the tab the user read is gone: the same console in the list
                select(pid);
            }
            return;
        }
        getTabs().remove(eachTab);
        each.sync(vm.processes());
        Set<Long> present = new HashSet<>();
        for (ProcessNode n : vm.processes()) {
            present.add(n.pid());
            tabs.computeIfAbsent(n.pid(), pid -> newTab(n));
        }
        tabs.entrySet().removeIf(e -> !present.contains(e.getKey()) && getTabs().remove(e.getValue()));
    }

    private Tab newTab(ProcessNode n) {
        Tab t = new Tab(n.name() + " " + n.pid());
        t.setId("console-" + n.pid());
        Circle chip = new Circle(5, ProcessPalette.color(n.colorIndex()));
        chip.getStyleClass().add("process-chip");
        t.setGraphic(chip);
        // the console is made when its tab is first chosen: a tab's content is styled and laid out even while
        // hidden, and a new process's list of rows cost its first frame a good part of a flood's first content
        long pid = n.pid();
        t.selectedProperty().addListener((o, was, now) -> {
            if (now && t.getContent() == null) {
                t.setContent(new ConsoleView(vm.linesOf(pid), false, i18n, deadlock));
            }
        });
        getTabs().add(t);
        return t;
    }

    /** The run's deadlock story; bind it to {@code IpcViewModel.deadlockStoryProperty()}. */
    public javafx.beans.property.ObjectProperty<org.proclab.ui.ipc.DeadlockStory> deadlockStoryProperty() {
        return deadlock;
    }

    /** Shows the console of one process, if it has one: its tab, or its place in "Each process". */
    public void select(Long pid) {
        Tab t = pid == null ? null : tabs.get(pid);
        if (t != null) {
            getSelectionModel().select(t);
        } else if (pid != null && getTabs().contains(eachTab)) {
            each.choose(pid);
            getSelectionModel().select(eachTab);
        }
    }

    /** The console of one process at a time, used while there are more than {@link #MAX_TABS} processes. */
    public ProcessConsoles eachProcess() {
        return each;
    }
}
