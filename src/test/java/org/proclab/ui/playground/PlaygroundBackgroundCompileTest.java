package org.proclab.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.files.PrivateDirectory;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.StartMethod;
import org.proclab.playground.Compilation;
import org.proclab.playground.ProgramCompiler;
import org.proclab.playground.RunDirectory;
import org.proclab.testing.Await;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run in the editor compiles the student's program off the FX thread: javac takes the better part of a second on a
 * busy laptop, and the window froze for it. Meanwhile the status says so and a second compile is not started.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlaygroundBackgroundCompileTest {
    private final CountDownLatch mayCompile = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        // nothing to show: the view model alone, with the FX thread running
    }

    /** This JVM's compiler, held back until the test lets it go. */
    private JavaCompiler heldBack() {
        JavaCompiler real = ToolProvider.getSystemJavaCompiler();
        return (JavaCompiler) Proxy.newProxyInstance(JavaCompiler.class.getClassLoader(), new Class<?>[] {JavaCompiler.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTask")) {
                        mayCompile.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS);
                    }
                    return method.invoke(real, args);
                });
    }

    @Test
    void compileForRunInBackground_fxThreadStaysFree_statusSaysCompiling_thenTheRunGetsItsSpec() {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH), new ProgramCompiler(this::heldBack));
        AtomicReference<ProgramSpec> spec = new AtomicReference<>();
        UiSnapshots.onFx(() -> {
            vm.compileForRunInBackground(StartMethod.FORK, spec::set);
            vm.compileForRunInBackground(StartMethod.FORK, s -> {
                throw new AssertionError("a second compile while one is under way");
            });
            return null;
        });
        // the compiler is held: the FX thread still runs what is posted to it, as a click would
        assertTrue(UiSnapshots.onFx(() -> vm.compilingProperty().get()));
        assertEquals("Compiling MyProgram.java…", UiSnapshots.onFx(() -> vm.statusProperty().get()));
        assertNull(spec.get());

        mayCompile.countDown();
        Await.until("the run's spec after the compile", () -> spec.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(UiSnapshots.onFx(() -> vm.compilingProperty().get()));
        assertNotNull(spec.get().classpath());
        assertTrue(UiSnapshots.onFx(() -> vm.statusProperty().get()).startsWith("Compiled: "));
        vm.close();
    }

    @Test
    void close_whileCompiling_theRunNeverGetsItsSpec(@TempDir Path home) throws Exception {
        HeldWriter writer = new HeldWriter(home);
        writer.mayWrite.countDown();
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH), new ProgramCompiler(this::heldBack), writer);
        AtomicReference<ProgramSpec> spec = new AtomicReference<>();
        UiSnapshots.onFx(() -> {
            vm.compileForRunInBackground(StartMethod.FORK, spec::set);
            vm.close(); // the window goes while javac works
            return null;
        });
        mayCompile.countDown();
        Await.until("the compile ends", () -> !UiSnapshots.onFx(() -> vm.compilingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(spec.get());
        assertEquals(List.of(), writer.threads, "no classes written for a run that cannot come");
    }

    /** Run in the editor, as the window does: on the FX thread; the spec lands in {@code spec}. */
    private static void runOnFx(PlaygroundViewModel vm, AtomicReference<ProgramSpec> spec) {
        UiSnapshots.onFx(() -> {
            vm.compileForRunInBackground(StartMethod.FORK, spec::set);
            return null;
        });
    }

    /** Writes into {@code home} on the calling thread, which it remembers, once the test lets it go. */
    private final class HeldWriter implements PlaygroundViewModel.ClassesWriter {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch mayWrite = new CountDownLatch(1);
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final List<Path> written = new CopyOnWriteArrayList<>();
        private final PrivateDirectory home;

        HeldWriter(Path home) throws IOException {
            this.home = new PrivateDirectory(home);
        }

        @Override
        public RunDirectory write(Compilation program) throws IOException {
            threads.add(Thread.currentThread());
            writing.countDown();
            try {
                mayWrite.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            RunDirectory d = RunDirectory.of(home, program);
            written.add(d.path());
            return d;
        }
    }

    @Test
    void compileForRunInBackground_classesWrittenOffTheFxThread_statusSaysCompilingUntilTheSpecIsReady(@TempDir Path home)
            throws Exception {
        HeldWriter writer = new HeldWriter(home);
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH), new ProgramCompiler(), writer);
        AtomicReference<ProgramSpec> spec = new AtomicReference<>();
        runOnFx(vm, spec);
        assertTrue(writer.writing.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS), "the classes are being written");
        // compiled, the classes not yet written: still compiling as far as the window knows
        assertTrue(UiSnapshots.onFx(() -> vm.compilingProperty().get()));
        assertEquals("Compiling MyProgram.java…", UiSnapshots.onFx(() -> vm.statusProperty().get()));
        assertNull(spec.get());

        writer.mayWrite.countDown();
        Await.until("the run's spec after the compile", () -> spec.get() != null);
        assertFalse(writer.threads.get(0).getName().startsWith("JavaFX"), "written on " + writer.threads.get(0).getName());
        assertEquals("proclab-compile", writer.threads.get(0).getName());
        Path first = spec.get().classpath().get(0);
        assertEquals(writer.written.get(0), first);
        assertTrue(Files.isRegularFile(first.resolve("MyProgram.class")));
        assertEquals("Compiled: MyProgram runs when you press Run.", UiSnapshots.onFx(() -> vm.statusProperty().get()));

        spec.set(null);
        runOnFx(vm, spec);
        Await.until("the second run's spec", () -> spec.get() != null);
        assertEquals(2, writer.threads.size());
        assertFalse(writer.threads.get(1).getName().startsWith("JavaFX"));
        Await.until("the first compile's classes deleted", () -> !Files.exists(first));
        UiSnapshots.onFx(() -> {
            vm.close();
            return null;
        });
        assertFalse(Files.exists(spec.get().classpath().get(0)), "closing the window deletes the classes");
    }

    @Test
    void close_whileWritingTheClasses_theyAreDeleted_theRunNeverGetsItsSpec(@TempDir Path home) throws Exception {
        HeldWriter writer = new HeldWriter(home);
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH), new ProgramCompiler(), writer);
        AtomicReference<ProgramSpec> spec = new AtomicReference<>();
        runOnFx(vm, spec);
        assertTrue(writer.writing.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS));
        UiSnapshots.onFx(() -> {
            vm.close(); // the window goes while the classes are written
            return null;
        });
        writer.mayWrite.countDown();
        Await.until("the compile ends", () -> !UiSnapshots.onFx(() -> vm.compilingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(spec.get());
        assertEquals(1, writer.written.size());
        assertFalse(Files.exists(writer.written.get(0)), "nothing else would delete them");
    }

    @Test
    void run_anotherLessonChosenWhileCompiling_theCompiledProgramDoesNotRun() {
        org.proclab.ui.main.MainViewModel main = UiSnapshots.onFx(
                () -> new org.proclab.ui.main.MainViewModel(org.proclab.lesson.LessonCatalog.builtIn(), I18n.ENGLISH));
        try {
            UiSnapshots.onFx(() -> {
                var lessons = main.lessons().lessons();
                main.lessons().setSelected(new org.proclab.ui.lessons.LessonEntry(lessons.get(0), null));
                main.newProgram();
                main.run(); // compiles in the background...
                // ...and the student picks another lesson before it is done: that lesson could run, the program must not
                main.lessons().setSelected(new org.proclab.ui.lessons.LessonEntry(lessons.get(1), null));
                return null;
            });
            Await.until("the compile ends", () -> !UiSnapshots.onFx(() -> main.playground().compilingProperty().get()));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(UiSnapshots.onFx(() -> main.playground().statusProperty().get()).startsWith("Compiled: "));
            assertEquals(org.proclab.ui.run.RunState.IDLE, UiSnapshots.onFx(() -> main.runModel().getState()),
                    "the lesson is shown: the student's program does not start under it");
        } finally {
            UiSnapshots.onFx(() -> {
                main.close();
                return null;
            });
        }
    }
}
