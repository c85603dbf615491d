package org.proclab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.proclab.ui.TraceFixtures.pidOf;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.LessonCatalog;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;

/**
 * The window's links, held by its view model and tested without a stage: the event chosen in the event log
 * points out its process, its object, the view that draws it and its line; the deadlock banner's report
 * belongs to the run it came from.
 */
@Tag("unit")
class MainViewModelLinksTest {
    private static final List<Event> PIPE = TraceFixtures.load("pipe-lesson.jsonl");
    private static final List<Event> FORGOT_CLOSE = TraceFixtures.load(TraceFixtures.PIPE_FORGOT_CLOSE);
    private MainViewModel vm;

    @BeforeEach
    void pipeLessonChosen() {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        vm.lessons().setSelected(new LessonEntry(vm.lessons().lessons().stream()
                .filter(l -> l.id().equals("pipe")).findFirst().orElseThrow(), null));
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static Event first(List<Event> events, EventKind kind, long pid) {
        return events.stream().filter(e -> e.kind() == kind && e.pid() == pid).findFirst().orElseThrow();
    }

    @Test
    void chosenEvent_selectsItsProcess_pointsOutItsObjectViewAndLine() {
        vm.runModel().replay(PIPE);
        long consumer = pidOf(PIPE, "consumer");
        Event recv = first(PIPE, EventKind.RECV, consumer);
        vm.chosenEventProperty().set(recv);
        assertEquals(consumer, vm.selectedPidProperty().get());
        assertEquals(recv.obj(), vm.chosenObjectProperty().get());
        assertEquals(CentreView.PIPES_AND_QUEUES, vm.chosenObjectView());
        assertEquals("PipeLesson.java", recv.file(), "the lesson's own file is the one shown");
        assertEquals(recv.line(), vm.chosenLineProperty().get());
    }

    @Test
    void chosenEvent_withoutObject_pointsOutNoView_andNoneChosen_clearsTheLine() {
        vm.runModel().replay(PIPE);
        long main = pidOf(PIPE, "MainProcess");
        vm.chosenEventProperty().set(first(PIPE, EventKind.START, main));
        assertEquals(main, vm.selectedPidProperty().get());
        assertNull(vm.chosenObjectProperty().get());
        assertNull(vm.chosenObjectView());

        vm.chosenEventProperty().set(null);
        assertEquals(0, vm.chosenLineProperty().get());
        assertEquals(main, vm.selectedPidProperty().get(), "the tree keeps its selection");
    }

    @Test
    void chosenKernelEvent_keepsTheSelectedProcess() {
        vm.runModel().replay(FORGOT_CLOSE);
        long consumer = pidOf(FORGOT_CLOSE, "consumer");
        vm.selectedPidProperty().set(consumer); // a click in the tree
        vm.chosenEventProperty().set(first(FORGOT_CLOSE, EventKind.DEADLOCK, 0));
        assertEquals(consumer, vm.selectedPidProperty().get(), "ProcLab's own event names no process to select");
    }

    @Test
    void runsDeadlock_shownForAReplayedTrace_goneWhenAnotherLessonIsChosen() {
        vm.runModel().replay(FORGOT_CLOSE);
        assertNotNull(vm.runsDeadlockProperty().get(), "a replayed trace shows its deadlock as the run did");
        vm.lessons().setSelected(new LessonEntry(vm.lessons().lessons().stream()
                .filter(l -> l.id().equals("queue")).findFirst().orElseThrow(), null));
        assertNull(vm.runsDeadlockProperty().get(), "the banner belongs to its run");
    }
}
