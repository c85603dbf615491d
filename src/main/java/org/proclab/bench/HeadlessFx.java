package org.proclab.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * JavaFX without a screen, for {@code proclab bench --ui}: the headless Monocle platform (as the UI tests
 * use, see the pom's surefire settings) with software rendering, so every frame is laid out and drawn as on a
 * screen, the same way on every machine. A platform chosen already ({@code -Dglass.platform=...}) is kept.
 */
final class HeadlessFx {
    /** Monocle's headless platform, looked for on the class path before the toolkit is asked for it. */
    static final String MONOCLE = "com.sun.glass.ui.monocle.HeadlessPlatformFactory";
    private static final long START_SECONDS = 120;

    private HeadlessFx() {}

    /** Starts the toolkit (or finds it started); returns null, or a sentence saying why it cannot start. */
    static String start() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            try {
                Class.forName(MONOCLE, false, HeadlessFx.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return "JavaFX's headless platform (Monocle, org.testfx:openjfx-monocle) is not among ProcLab's libraries,"
                        + " so the window cannot be measured without a screen";
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException already) {
            started.countDown(); // started before (a test JVM): use it as it is
        } catch (RuntimeException | LinkageError e) {
            return "JavaFX did not start (" + e.getClass().getSimpleName() + ")";
        }
        if (!started.await(START_SECONDS, TimeUnit.SECONDS)) {
            return "JavaFX did not start within " + START_SECONDS + " s";
        }
        Platform.setImplicitExit(false); // the bench's window closing must not end the toolkit of a test JVM
        return null;
    }

    /** Runs {@code work} on the FX thread and waits for its result; its exception is rethrown here. */
    static <T> T onFx(Callable<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** {@link #onFx(Callable)} for work without a result. */
    static void runOnFx(Runnable work) throws InterruptedException {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
