package org.proclab.programs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Uses CPU until the kernel's sampler has reported some of it (the cue "sampled"), then ends. */
public class BurnsUntilSampled {
    public static void main(String[] args) {
        Path cue = Path.of(args[0], "sampled");
        long x = 0;
        while (!Files.exists(cue)) {
            for (int i = 0; i < 1_000_000; i++) {
                x += i ^ (x >>> 3);
            }
        }
        System.out.println("sampled " + (x != 42));
    }
}
