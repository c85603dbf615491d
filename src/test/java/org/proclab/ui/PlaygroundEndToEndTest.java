package org.proclab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.playground.Problem;
import org.proclab.testing.Await;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.main.Question;
import org.proclab.ui.playground.ProgramEditor;
import org.proclab.ui.source.CodeMarker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The playground in the window: a student's own copy of lesson 3, edited, compiled and run with real processes. */
@Tag("ui")
class PlaygroundEndToEndTest {
    /** The consumer's own close() of its copy of the write end, in lesson 3's program. */
    private static final String CONSUMERS_CLOSE = "inputP.close();                       // the consumer never writes";

    @RegisterExtension
    final AppWindow app = AppWindow.english();

    private MainViewModel vm;
    private MainWindow window;
    private Scene scene;

    private ProgramEditor editor() {
        return window.playground().editor();
    }

    private String editorText() {
        return UiSnapshots.onFx(() -> editor().getText());
    }

    private long consumerPid() {
        return UiSnapshots.onFx(() -> editor().getParagraphs().size() < 20 ? -1L
                : editor().markersAt(20).stream().filter(m -> m.name().equals("consumer")).mapToLong(CodeMarker::pid).findFirst().orElse(-1L));
    }

    private void pickPipeLesson() {
        UiSnapshots.onFx(() -> {
            window.lessonPane().select("pipe", null);
            return null;
        });
    }

    @Test
    void editCopy_dropConsumersClose_run_bannerNamesTheHandle_andMarkerStandsOnTheRecvLine(FxRobot robot) throws Exception {
        pickPipeLesson();
        UiSnapshots.save(scene, "playground-lesson-source-header");
        robot.clickOn("#edit-copy");
        assertTrue(UiSnapshots.onFx(() -> vm.editingProperty().get()), "the copy is the program shown now");
        assertTrue(editorText().contains(CONSUMERS_CLOSE), editorText());
        assertTrue(editorText().contains("// your copy: without its line \"package org.proclab.lessons.pipe;\""), "line 1 keeps its number");
        assertEquals("Your program: PipeLesson.java", UiSnapshots.onFx(() -> ((Label) scene.lookup("#playground-title")).getText()));

        // the student deletes line 18 with the keyboard: caret there, select the line, delete it
        int closeLine = 1 + (int) editorText().substring(0, editorText().indexOf(CONSUMERS_CLOSE)).lines().count() - 1;
        assertEquals(18, closeLine);
        UiSnapshots.onFx(() -> {
            editor().goToLine(closeLine);
            return null;
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT).type(KeyCode.DELETE);
        assertFalse(editorText().contains(CONSUMERS_CLOSE), editorText());
        assertEquals("Your program: PipeLesson.java \u25CF not saved",
                UiSnapshots.onFx(() -> ((Label) scene.lookup("#playground-title")).getText()));

        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> UiSnapshots.onFx(() -> window.deadlockText()).contains("pipe-1:1"));
        String banner = UiSnapshots.onFx(() -> window.deadlockText());
        assertTrue(banner.contains("waits in recv() on pipe-1:0"), banner);
        assertTrue(banner.contains("consumer never closed its own copy of the write end pipe-1:1"), banner);

        // the consumer's pill stands on the recv() line of the student's program (line 20 now, 21 in the lesson)
        int recvLine = 1 + (int) editorText().substring(0, editorText().indexOf("outputP.recv()")).lines().count() - 1;
        assertEquals(20, recvLine);
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> editor().markersAt(recvLine).stream().map(CodeMarker::name).toList()).contains("consumer"));
        UiSnapshots.onFx(() -> {
            editor().showParagraphInViewport(recvLine - 1); // the student scrolls there (the main process's join() may be in view)
            return null;
        });
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(
                () -> editor().lookup("#marker-" + consumerPid()) != null)); // the pill drawn in the editor's gutter
        UiSnapshots.save(scene, "playground-forgot-close-deadlock");

        robot.clickOn("#stop-button");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> "Stopped by the user".equals(UiSnapshots.onFx(() -> ((Label) scene.lookup("#status-state")).getText())));
    }

    @Test
    void compile_errorListedAtItsLine_underlined_clickGoesToTheLine_thenInChinese(FxRobot robot) throws Exception {
        robot.clickOn("#my-program");
        assertTrue(editorText().contains("import org.proclab.mp.Process;"), "the template shows the import that works");
        // line 18 is "child.start();": the student deletes its semicolon
        UiSnapshots.onFx(() -> {
            editor().goToLine(18);
            return null;
        });
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE); // its semicolon
        robot.clickOn("#playground-compile");
        // javac works off the FX thread: the problems come when it is done
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> !UiSnapshots.onFx(() -> vm.playground().compilingProperty().get()));

        List<Problem> problems = UiSnapshots.onFx(() -> List.copyOf(vm.playground().problems()));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(18, problems.get(0).line());
        assertEquals("1 error: nothing was run. Click it to go to its line.",
                UiSnapshots.onFx(() -> ((Label) scene.lookup("#playground-status")).getText()));
        String cell = UiSnapshots.onFx(() -> ((javafx.scene.control.Labeled) window.playground().problemList()
                .lookup(".list-cell.problem-error")).getText());
        assertEquals("Line 18: ';' expected", cell);
        assertTrue(UiSnapshots.onFx(() -> {
            int from = editor().getAbsolutePosition(17, 0);
            return java.util.stream.IntStream.range(from, from + editor().getParagraph(17).length())
                    .anyMatch(i -> editor().stylesAt(i).contains("compile-error"));
        }), "the error is underlined on its line in the editor");
        assertFalse(UiSnapshots.onFx(() -> editor().stylesAt(editor().getAbsolutePosition(16, 9)).contains("compile-error")),
                "not on the line before");
        UiSnapshots.save(scene, "playground-compile-error");

        UiSnapshots.onFx(() -> {
            editor().moveTo(0);
            return null;
        });
        robot.clickOn(".list-cell.problem-error");
        assertEquals(17, (int) UiSnapshots.onFx(() -> editor().getCurrentParagraph()), "the caret is on line 18");
        assertTrue(UiSnapshots.onFx(() -> editor().isFocused()));

        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        String zh = UiSnapshots.onFx(() -> ((javafx.scene.control.Labeled) window.playground().problemList()
                .lookup(".list-cell.problem-error")).getText());
        assertTrue(zh.startsWith("第 18 行："), zh);
        assertEquals("1 个错误：没有运行。点击错误可跳到它所在的行。",
                UiSnapshots.onFx(() -> ((Label) scene.lookup("#playground-status")).getText()), "the sentence follows the language");
        assertEquals("你的程序：MyProgram.java \u25CF 未保存", UiSnapshots.onFx(() -> ((Label) scene.lookup("#playground-title")).getText()));
        UiSnapshots.save(scene, "playground-compile-error-zh");
    }

    @Test
    void runTimesN_editedProgramWithArguments_runsNTimes_outcomesTallyWhatItPrinted(FxRobot robot) throws Exception {
        robot.clickOn("#my-program");
        // the student's edit: main prints the arguments it was given
        UiSnapshots.onFx(() -> {
            String t = editor().getText();
            int at = t.indexOf("\"main done\"");
            editor().replaceText(at, at + "\"main done\"".length(), "\"main done with \" + String.join(\"+\", args)");
            return null;
        });
        robot.clickOn("#playground-arguments").write("red \"light blue\"");
        assertEquals("red \"light blue\"", UiSnapshots.onFx(() -> vm.playground().argumentsProperty().get()));
        UiSnapshots.onFx(() -> {
            vm.outcomes().countProperty().set(3);
            return null;
        });
        robot.clickOn("#repeat-button");
        // compiled off the FX thread first, then the series starts
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> UiSnapshots.onFx(() -> vm.outcomes().isRunning())); // three runs of real JVMs: seconds, not a blink
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !UiSnapshots.onFx(vm.outcomes()::isRunning));

        org.proclab.spread.OutcomeSpread spread = UiSnapshots.onFx(() -> vm.outcomes().spreadProperty().get());
        assertEquals(3, spread.total(), "three runs");
        assertEquals(1, spread.groups().size(), "every run printed the same: one outcome, three times");
        assertEquals(3, spread.groups().get(0).count());
        List<String> printed = spread.groups().get(0).outcome().lines().stream().map(l -> l.text()).toList();
        assertTrue(printed.contains("main done with red+light blue"), "its own edit, with its arguments: " + printed);
        assertEquals(0, spread.groups().get(0).outcome().exitCode());
        assertEquals("MyProgram.java", UiSnapshots.onFx(() -> vm.outcomes().titleProperty().get()));
        assertEquals(1, UiSnapshots.onFx(() -> window.outcomesPane().spreadView().lookupAll(".outcome").size()), "drawn as for a lesson");
        UiSnapshots.save(scene, "playground-run-repeated");
        UiSnapshots.onFx(() -> {
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        UiSnapshots.save(scene, "playground-run-repeated-zh");
    }

    @Test
    void newProgram_withUnsavedEdits_asksFirst_keepEditingKeepsThem(FxRobot robot) throws Exception {
        robot.clickOn("#my-program");
        UiSnapshots.onFx(() -> {
            editor().goToLine(1);
            return null;
        });
        robot.write("// mine").type(KeyCode.ENTER);
        assertTrue(UiSnapshots.onFx(() -> vm.playground().isDirty()));

        robot.clickOn("#playground-new");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(() -> window.questionDialog() != null));
        assertEquals(Question.Kind.DISCARD_PROGRAM, UiSnapshots.onFx(() -> vm.questionProperty().get().kind()));
        robot.clickOn("#question-no");
        assertTrue(editorText().startsWith("// mine\n"), "Keep editing keeps the edits");

        robot.clickOn("#playground-new");
        WaitForAsyncUtils.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> UiSnapshots.onFx(() -> window.questionDialog() != null));
        robot.clickOn("#question-yes");
        assertFalse(editorText().contains("// mine"), "Discard changes starts from the template");
        assertFalse(UiSnapshots.onFx(() -> vm.playground().isDirty()));
    }
}
