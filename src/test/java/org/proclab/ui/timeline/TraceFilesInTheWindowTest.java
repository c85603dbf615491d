package org.proclab.ui.timeline;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.LessonCatalog;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.TraceFiles;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.run.RunState;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening, saving and exporting from the window: a file that is not a trace, a big trace, where files go. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TraceFilesInTheWindowTest {
    private static final int BIG = 200_000;
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.ENGLISH);
        window = new MainWindow(vm, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        vm.close();
        UiSnapshots.onFx(() -> {
            Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#file-problem") != null)
                    .toList().forEach(Window::hide);
            return null;
        });
    }

    @Test
    void openingAReadme_showsADialog_withTheFileTheLineAndTheProblem(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# ProcLab\n\nProcLab is a desktop app.\n");
        boolean opened = UiSnapshots.onFx(() -> window.traces().openTraceInBackground(readme))
                .get(60, TimeUnit.SECONDS);
        assertFalse(opened);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        assertEquals("README.md, line 1: this line is not JSON, so this is not a ProcLab trace.", pane.getContentText());
        assertFalse(pane.getContentText().contains("Unexpected character"), "not the parser's words");
        UiSnapshots.save(pane.getScene(), "trace-not-a-trace-dialog");
        assertFalse(UiSnapshots.onFx(() -> window.traces().busyProperty().get()));
        assertEquals(RunState.IDLE, vm.runModel().getState(), "nothing replaced");

        UiSnapshots.onFx(() -> {
            pane.getScene().getWindow().hide();
            vm.i18n().setLocale(I18n.CHINESE);
            return null;
        });
        List<TraceActions.FileProblem> problems = new ArrayList<>();
        UiSnapshots.onFx(() -> {
            window.traces().setProblemHandler(problems::add);
            return window.traces().openTrace(readme);
        });
        assertEquals("README.md 第 1 行：这一行不是 JSON，所以这不是 ProcLab 跟踪文件。", problems.get(0).reason());
    }

    private static DialogPane dialog() {
        return UiSnapshots.onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().lookup("#file-problem"))
                .filter(n -> n != null).map(n -> (DialogPane) n).findFirst().orElse(null));
    }

    @Test
    void fileChoosers_startWhereTheLastFileWas_elseInTheUsersDocuments_neverInTheAppsDirectory(@TempDir Path dir) {
        File start = TraceActions.startDirectory(null);
        Path home = Path.of(System.getProperty("user.home"));
        assertTrue(start.toPath().equals(home) || start.toPath().equals(home.resolve("Documents")), start.toString());
        if (!home.equals(Path.of("").toAbsolutePath())) {
            assertNotEquals(Path.of("").toAbsolutePath(), start.toPath(), "not the directory the app was started in");
        }
        assertEquals(dir.toFile(), TraceActions.startDirectory(dir.toFile()));
        assertEquals(start, TraceActions.startDirectory(dir.resolve("gone").toFile()), "a directory since removed");
    }

    /** A run of {@link #BIG} events: processes, a pipe, messages both ways, output lines, CPU reports. */
    private static List<Event> bigTrace() {
        List<Event> out = new ArrayList<>(BIG);
        long t = 0;
        out.add(new Event(0, t, 100, EventKind.START, "main", "MainProcess", 50, null, 0));
        out.add(new Event(1, t, 101, EventKind.START, "child", "consumer", 100, "Big.java", 10));
        out.add(new Event(2, t, 100, EventKind.PIPE_NEW, "pipe-1", "duplex", Event.NO_NUM, "Big.java", 8));
        out.add(new Event(3, t, 100, EventKind.HANDLE, "pipe-1:1", "create", Event.NO_NUM, null, 0));
        out.add(new Event(4, t, 101, EventKind.HANDLE, "pipe-1:0", "fork", Event.NO_NUM, null, 0));
        long msg = 0;
        while (out.size() < BIG) {
            int seq = out.size();
            t += 10_000;
            switch (seq % 4) {
                case 0 -> out.add(new Event(seq, t, 100, EventKind.SEND, "pipe-1:1", Long.toString(++msg), msg, "Big.java", 20));
                case 1 -> out.add(new Event(seq, t, 101, EventKind.RECV, "pipe-1:0", Long.toString(msg), msg, "Big.java", 30));
                case 2 -> out.add(new Event(seq, t, 101, EventKind.OUTPUT, "stdout", "got " + msg, Event.NO_NUM, null, 0));
                default -> out.add(new Event(seq, t, 100, EventKind.CPU, null, null, seq / 100, null, 0));
            }
        }
        return out;
    }

    /** Counts the pulses the FX thread gives while something goes on: a thread that is held gives none. */
    private static final class Pulses extends AnimationTimer {
        final AtomicLong count = new AtomicLong();

        @Override
        public void handle(long now) {
            count.incrementAndGet();
        }
    }

    @Test
    void aBigTrace_opensAndSavesInTheBackground_andTheWindowKeepsPulsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.jsonl");
        List<Event> events = bigTrace();
        TraceFiles.write(events, file);

        Pulses pulses = new Pulses();
        AtomicBoolean probeRan = new AtomicBoolean();
        AtomicBoolean loadedWhenProbeRan = new AtomicBoolean(true);
        List<Boolean> busy = new ArrayList<>();
        CompletableFuture<Boolean> opening = UiSnapshots.onFx(() -> {
            pulses.start();
            CompletableFuture<Boolean> f = window.traces().openTraceInBackground(file);
            busy.add(window.traces().busyProperty().get());
            return f;
        });
        // while the file is read and folded, other work on the FX thread still gets its turn
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.runModel().getState() == RunState.REPLAY);
        javafx.application.Platform.runLater(() -> {
            probeRan.set(true);
            loadedWhenProbeRan.set(vm.runModel().events().size() == BIG);
        });
        assertTrue(opening.get(300, TimeUnit.SECONDS), "opened");
        long during = UiSnapshots.onFx(() -> {
            pulses.stop();
            return pulses.count.get();
        });
        assertEquals(List.of(true), busy, "busy from the start, for the progress bar");
        assertTrue(probeRan.get() && !loadedWhenProbeRan.get(), "the FX thread ran other work while the trace was folded in");
        assertEquals(BIG, vm.runModel().events().size());
        assertEquals(BIG - 1, vm.runModel().shownProperty().get(), "every event folded in");
        // folding in slices: the pulses kept coming while it folded (a thread held for the whole fold gives one)
        long loaderPulses = UiSnapshots.onFx(() -> window.traces().loaderPulses());
        assertTrue(loaderPulses >= 2 && during >= loaderPulses, during + " pulses, " + loaderPulses + " of them folding");
        long publications = UiSnapshots.onFx(() -> window.traces().loaderPublications());
        assertTrue(publications >= 1 && publications <= loaderPulses, publications + " publications in " + loaderPulses + " pulses");
        assertFalse(UiSnapshots.onFx(() -> window.traces().busyProperty().get()));
        assertTrue(UiSnapshots.onFx(() -> window.traces().messageProperty().get()).startsWith("Replaying big.jsonl"));

        // saving writes off the FX thread: it keeps pulsing meanwhile
        Path again = dir.resolve("again.jsonl");
        Pulses whileSaving = new Pulses();
        CompletableFuture<Boolean> saving = UiSnapshots.onFx(() -> {
            whileSaving.start();
            return window.traces().saveTraceInBackground(again);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> whileSaving.count.get() >= 3 || saving.isDone());
        assertTrue(saving.get(300, TimeUnit.SECONDS));
        UiSnapshots.onFx(() -> {
            whileSaving.stop();
            return null;
        });
        assertEquals(Files.size(file), Files.size(again), "the same events, written again");
    }

    @Test
    void openingABigTrace_showsProgressWhileReadingAndFolding_andEndsAtTheLastEvent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.jsonl");
        TraceFiles.write(bigTrace(), file);
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean pictured = new AtomicBoolean();
        CompletableFuture<Boolean> opening = UiSnapshots.onFx(() -> {
            window.traces().progressProperty().addListener((o, was, now) -> {
                seen.add(now.doubleValue());
                if (now.doubleValue() > 0.6 && window.traces().busyProperty().get() && !pictured.getAndSet(true)) {
                    javafx.application.Platform.runLater(() -> UiSnapshots.save(window.getScene(), "trace-opening-progress"));
                }
            });
            return window.traces().openTraceInBackground(file);
        });
        assertTrue(opening.get(300, TimeUnit.SECONDS), "opened");
        List<Double> steps = new ArrayList<>(seen);
        assertEquals(0.0, steps.remove(steps.size() - 1), "the bar goes when done");
        assertTrue(steps.stream().anyMatch(p -> p > 0 && p < TraceActions.READING_SHARE), "reading: " + steps);
        assertTrue(steps.stream().anyMatch(p -> p > TraceActions.READING_SHARE && p < 1), "folding: " + steps);
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i) >= steps.get(i - 1), "never backwards: " + steps);
        }
        assertTrue(pictured.get());
        assertEquals(BIG - 1, vm.runModel().shownProperty().get(), "the views show the last event");
        assertEquals("200,000 / 200,000", UiSnapshots.onFx(() -> window.timeline().positionText()));
        assertTrue(UiSnapshots.onFx(() -> window.timeline().infoText()).startsWith("#199999"),
                UiSnapshots.onFx(() -> window.timeline().infoText()));
        assertEquals(RunState.REPLAY, vm.runModel().getState());
        UiSnapshots.save(UiSnapshots.onFx(window::getScene), "trace-opened-at-the-end");
    }

    @Test
    void aBigFileWithABadLineFarIn_isRefused_andTheTraceShownBeforeStays(@TempDir Path dir) throws Exception {
        Path small = dir.resolve("small.jsonl");
        List<Event> first = bigTrace().subList(0, 500);
        TraceFiles.write(first, small);
        assertTrue(UiSnapshots.onFx(() -> window.traces().openTrace(small)));
        Path file = dir.resolve("big.jsonl");
        TraceFiles.write(bigTrace(), file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(150_000, lines.get(150_000).replace("\"pid\":100,", "\"pid\":\"hundred\","));
        Files.write(file, lines);
        List<TraceActions.FileProblem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Boolean> opening = UiSnapshots.onFx(() -> {
            window.traces().setProblemHandler(problems::add);
            window.traces().progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
            return window.traces().openTraceInBackground(file);
        });
        assertFalse(opening.get(300, TimeUnit.SECONDS));
        assertEquals(1, problems.size());
        assertEquals("big.jsonl, line 150001: the field \"pid\" holds the wrong type of value, so this is not a ProcLab trace.",
                problems.get(0).reason());
        assertTrue(progress.stream().anyMatch(p -> p > 0.2), "it was read far in: " + progress);
        assertEquals(500, vm.runModel().events().size(), "the trace shown before is still shown");
        assertEquals(499, vm.runModel().shownProperty().get());
        assertEquals(RunState.REPLAY, vm.runModel().getState());
        assertTrue(UiSnapshots.onFx(() -> window.traces().messageProperty().get()).startsWith("Replaying small.jsonl"));
    }

    @Test
    void aRunStartedWhileLoading_endsTheLoading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.jsonl");
        TraceFiles.write(bigTrace(), file);
        CompletableFuture<Boolean> opening = UiSnapshots.onFx(() -> window.traces().openTraceInBackground(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.runModel().getState() == RunState.REPLAY);
        UiSnapshots.onFx(() -> {
            vm.runModel().reset(); // as a new run does
            return null;
        });
        assertFalse(opening.get(60, TimeUnit.SECONDS), "not this trace's views any more");
        assertTrue(vm.runModel().events().isEmpty(), "nothing of the trace folded into what came after");
    }
}
