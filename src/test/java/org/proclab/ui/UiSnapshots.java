package org.proclab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.proclab.testing.Await;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a view looks like as a PNG under target/ui-snapshots/, so a person (or a later session)
 * can look at what the tests drew. Works under headless Monocle and under Xvfb alike. The picture is
 * taken at once, on the FX thread; it is encoded and written on a thread of its own, so the test goes on
 * meanwhile; every file is written before the test JVM exits.
 */
public final class UiSnapshots {
    public static final Path DIR = Path.of("target", "ui-snapshots");

    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ui-snapshots-writer");
        t.setDaemon(true);
        return t;
    });

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            WRITER.shutdown();
            try {
                WRITER.awaitTermination(Await.PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ui-snapshots-flush"));
    }

    private UiSnapshots() {}

    /** A whole scene, as the window shows it. */
    public static Path save(Scene scene, String name) {
        return write(onFx(() -> scene.snapshot(null)), name);
    }

    /** One node and what is inside it. */
    public static Path save(Node node, String name) {
        return write(onFx(() -> node.snapshot(new SnapshotParameters(), null)), name);
    }

    /** A picture a test already took (the one it compared, say). */
    public static Path save(WritableImage image, String name) {
        return write(image, name);
    }

    private static Path write(WritableImage image, String name) {
        Path file = DIR.resolve(name.endsWith(".png") ? name : name + ".png");
        WRITER.execute(() -> {
            try {
                Files.createDirectories(DIR);
                png(SwingFXUtils.fromFXImage(image, null), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }

    /** Fast compression: these pictures are looked at, not kept. */
    private static void png(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Waits until the FX thread has drawn {@code n} more pulses (layout that settles over several pulses). */
    public static void afterPulses(int n) {
        java.util.concurrent.CountDownLatch left = new java.util.concurrent.CountDownLatch(n);
        javafx.animation.AnimationTimer counter = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                left.countDown();
            }
        };
        Platform.runLater(counter::start);
        try {
            if (!left.await(Await.PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the FX thread drew no " + n + " pulses in " + Await.PATIENCE_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.runLater(counter::stop);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread after pending layout and CSS, and waits for the result. */
    public static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(Await.PATIENCE.toMillis(), work);
    }
}
