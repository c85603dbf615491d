package org.proclab.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ConsoleLine;
import org.proclab.ui.model.Events;
import org.proclab.ui.run.RunViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The consoles of a run of few processes (a tab each) and of many (one tab that lists them to choose from). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConsoleTabsTest {
    private final RunViewModel run = new RunViewModel();
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private ConsoleTabs tabs;

    @Start
    void start(Stage stage) {
        tabs = new ConsoleTabs(run, i18n);
        stage.setScene(new Scene(tabs, 640, 300));
        stage.show();
    }

    /** Main 1000 and {@code n} children 1001.., each printing "child k"; main prints "all alive". */
    private static Events family(int n) {
        Events log = Events.log().main(1000).ready(1000);
        for (int i = 1; i <= n; i++) {
            log.child(1000 + i, "Process-" + i, 1000).ready(1000 + i).out(1000 + i, "child " + i);
        }
        return log.out(1000, "all alive");
    }

    private void apply(Events log) {
        applyBatch(log.list());
    }

    private void applyBatch(List<org.proclab.trace.Event> batch) {
        UiSnapshots.onFx(() -> {
            run.apply(batch);
            return null;
        });
    }

    /** The All console's rows as its list lays them out. */
    private javafx.scene.control.skin.VirtualFlow<?> allRows() {
        return (javafx.scene.control.skin.VirtualFlow<?>) tabs.getTabs().get(0).getContent().lookup(".virtual-flow");
    }

    private List<String> tabIds() {
        return UiSnapshots.onFx(() -> tabs.getTabs().stream().map(Tab::getId).toList());
    }

    @Test
    void twelveProcesses_aTabEach() {
        apply(family(11));
        assertEquals(13, tabIds().size(), "All, main and 11 children");
        assertEquals("console-1011", tabIds().get(12));
        UiSnapshots.onFx(() -> {
            tabs.select(1005L);
            return null;
        });
        assertEquals("console-1005", UiSnapshots.onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()));
    }

    @Test
    void twoHundredProcesses_oneTabToChooseFrom_andSelectShowsThatConsole() {
        apply(family(200));
        assertEquals(List.of("console-all", "console-each"), tabIds());
        assertEquals("Each process (201)", UiSnapshots.onFx(() -> tabs.getTabs().get(1).getText()));
        UiSnapshots.onFx(() -> {
            tabs.select(1150L); // what a click on its box in the tree does
            return null;
        });
        assertEquals("console-each", UiSnapshots.onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()));
        ProcessConsoles each = tabs.eachProcess();
        assertEquals(1150L, UiSnapshots.onFx(() -> each.chosenProperty().get()));
        ConsoleView shown = UiSnapshots.onFx(each::console);
        assertEquals(List.of("child 150"), UiSnapshots.onFx(() -> shown.getItems().stream().map(ConsoleLine::text).toList()));
        UiSnapshots.afterPulses(2);
        assertNotNull(UiSnapshots.onFx(() -> tabs.lookup("#console-choice-1150")), "its row in sight in the list");
        UiSnapshots.save(tabs, "consoles-200-processes");
    }

    @Test
    void twoHundredProcesses_findByPid_leavesOneRow_andAnUnknownOneLeavesASentence() {
        apply(family(200));
        @SuppressWarnings("unchecked")
        ListView<Object> list = UiSnapshots.onFx(() -> (ListView<Object>) tabs.eachProcess().lookup("#console-chooser"));
        assertEquals(201, UiSnapshots.onFx(() -> list.getItems().size()));
        UiSnapshots.onFx(() -> {
            tabs.getSelectionModel().select(1);
            ((javafx.scene.control.TextField) tabs.eachProcess().lookup("#console-find")).setText("1150");
            return null;
        });
        assertEquals(1, UiSnapshots.onFx(() -> list.getItems().size()));
        UiSnapshots.onFx(() -> {
            ((javafx.scene.control.TextField) tabs.eachProcess().lookup("#console-find")).setText("process-19");
            return null;
        });
        assertEquals(11, UiSnapshots.onFx(() -> list.getItems().size()), "Process-19 and Process-190..199");
        UiSnapshots.onFx(() -> {
            ((javafx.scene.control.TextField) tabs.eachProcess().lookup("#console-find")).setText("nobody");
            return null;
        });
        assertEquals(0, UiSnapshots.onFx(() -> list.getItems().size()));
        UiSnapshots.afterPulses(2);
        assertTrue(UiSnapshots.onFx(() -> list.getPlaceholder().isVisible()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProcessConsole_isMadeWhenItsTabIsFirstChosen_withEveryLineItPrinted() {
        List<org.proclab.trace.Event> log = family(2).out(1001, "child 1 again").out(1001, "child 1 once more").list();
        applyBatch(log.subList(0, log.size() - 1));
        Tab child = UiSnapshots.onFx(() -> tabs.getTabs().stream().filter(t -> "console-1001".equals(t.getId())).findFirst().orElseThrow());
        assertNull(UiSnapshots.onFx(child::getContent), "not chosen yet: no list to style and lay out");
        applyBatch(log.subList(log.size() - 1, log.size())); // a line printed while the tab is not chosen
        UiSnapshots.onFx(() -> {
            tabs.select(1001L);
            return null;
        });
        ListView<ConsoleLine> console = UiSnapshots.onFx(() -> (ListView<ConsoleLine>) child.getContent());
        assertNotNull(console, "chosen: its console");
        assertEquals(List.of("child 1", "child 1 again", "child 1 once more"),
                UiSnapshots.onFx(() -> console.getItems().stream().map(ConsoleLine::text).toList()));
        UiSnapshots.onFx(() -> {
            tabs.select(1000L);
            tabs.select(1001L);
            return null;
        });
        assertSame(console, UiSnapshots.onFx(child::getContent), "made once, kept");
        assertEquals(List.of("all alive"), UiSnapshots.onFx(() -> ((ListView<ConsoleLine>) tabs.getTabs().stream()
                .filter(t -> "console-1000".equals(t.getId())).findFirst().orElseThrow().getContent())
                .getItems().stream().map(ConsoleLine::text).toList()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewConsolesFirstLines_moreThanFit_endWithTheNewestInView() {
        Events log = Events.log().main(1000).ready(1000);
        for (int i = 1; i <= 40; i++) {
            log.out(1000, "line " + i);
        }
        apply(log); // the console showed its placeholder until now: its rows had no height yet
        UiSnapshots.afterPulses(3);
        UiSnapshots.save(tabs, "console-first-lines-newest-in-view");
        UiSnapshots.onFx(() -> {
            ListView<ConsoleLine> all = (ListView<ConsoleLine>) tabs.getTabs().get(0).getContent();
            javafx.scene.control.skin.VirtualFlow<?> flow = allRows();
            javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
            assertEquals(all.getItems().size() - 1, last.getIndex(), "the newest line is the last row");
            assertTrue(last.getLayoutY() + last.getHeight() <= flow.getHeight() + 0.5,
                    "and all of it is in view: " + last.getLayoutY() + " + " + last.getHeight() + " in " + flow.getHeight());
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewConsolesFirstLines_fewerThanFit_startAtTheTop() {
        apply(Events.log().main(1000).ready(1000).out(1000, "one").out(1000, "two").out(1000, "three"));
        UiSnapshots.afterPulses(3);
        UiSnapshots.onFx(() -> {
            javafx.scene.control.skin.VirtualFlow<?> flow = allRows();
            assertEquals(0, flow.getFirstVisibleCell().getIndex());
            assertEquals(0.0, flow.getFirstVisibleCell().getLayoutY(), 0.5, "the first line at the top, not the last at the bottom");
            return null;
        });
    }

    @Test
    void timelineBackToTwelveProcesses_aTabEachAgain() {
        Events log = family(200);
        apply(log);
        int beforeThirteenth = indexOfStart(log, 1012) - 1; // main and 11 children: 12 processes
        UiSnapshots.onFx(() -> {
            run.showAt(beforeThirteenth);
            return null;
        });
        assertEquals(12, UiSnapshots.onFx(() -> run.processes().size()), "as the timeline shows them");
        assertEquals(13, tabIds().size(), "All, main and 11 children");
        UiSnapshots.onFx(() -> {
            run.followLive();
            return null;
        });
        assertEquals(List.of("console-all", "console-each"), tabIds());
    }

    @Test
    void eachProcessTab_followsTheLanguage() {
        apply(family(20));
        UiSnapshots.onFx(() -> {
            i18n.setLocale(I18n.CHINESE);
            return null;
        });
        assertEquals("各个进程（21）", UiSnapshots.onFx(() -> tabs.getTabs().get(1).getText()));
    }

    private static int indexOfStart(Events log, long pid) {
        List<org.proclab.trace.Event> events = log.list();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).pid() == pid && events.get(i).kind() == org.proclab.trace.EventKind.START) {
                return i;
            }
        }
        throw new AssertionError("no START of " + pid);
    }
}
