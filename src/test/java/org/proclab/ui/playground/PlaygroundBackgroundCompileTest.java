package org.proclab.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.StartMethod;
import org.proclab.playground.ProgramCompiler;
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
    void close_whileCompiling_theRunNeverGetsItsSpec() {
        PlaygroundViewModel vm = new PlaygroundViewModel(new I18n(I18n.ENGLISH), new ProgramCompiler(this::heldBack));
        AtomicReference<ProgramSpec> spec = new AtomicReference<>();
        UiSnapshots.onFx(() -> {
            vm.compileForRunInBackground(StartMethod.FORK, spec::set);
            vm.close(); // the window goes while javac works
            return null;
        });
        mayCompile.countDown();
        Await.until("the compile ends", () -> !UiSnapshots.onFx(() -> vm.compilingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(spec.get(), "no classes written for a run that cannot come");
    }
}
