package org.proclab.programs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program's side of a test's {@code org.proclab.kernel.Cue}: waits until the test has created the
 * file {@code cue} in {@code dir}, which it does when the kernel logs the event the program waits for.
 */
public final class Cues {
    private Cues() {}

    public static void await(String dir, String cue) {
        Path file = Path.of(dir, cue);
        while (!Files.exists(file)) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
