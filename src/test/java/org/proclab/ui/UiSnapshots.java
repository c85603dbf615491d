package org.proclab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a view looks like as a PNG under target/ui-snapshots/, so a person (or a later session)
 * can look at what the tests drew. Works under headless Monocle and under Xvfb alike.
 */
public final class UiSnapshots {
    public static final Path DIR = Path.of("target", "ui-snapshots");

    private UiSnapshots() {}

    /** A whole scene, as the window shows it. */
    public static Path save(Scene scene, String name) {
        return write(onFx(() -> scene.snapshot(null)), name);
    }

    /** One node and what is inside it. */
    public static Path save(Node node, String name) {
        return write(onFx(() -> node.snapshot(new SnapshotParameters(), null)), name);
    }

    private static Path write(WritableImage image, String name) {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name.endsWith(".png") ? name : name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }
}
