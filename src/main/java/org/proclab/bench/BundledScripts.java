package org.proclab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Python side of the bench as it ships inside proclab.jar ({@code bench/*.py}, copied there by the build), for a
 * bench run away from the repository: the installed app, or a jar copied elsewhere. They are written to a new
 * temporary directory, removed when the JVM ends, since Python runs a script from a file.
 */
final class BundledScripts {
    /** Where the build puts {@code bench/*.py} in the jar. */
    static final String FOLDER = "/org/proclab/bench/python/";
    /** Every script the bench runs: mp_bench.py, and enumerate.py beside it (lesson 6's rows). */
    static final List<String> NAMES = List.of(PythonRunner.SCRIPT, EnumerateRows.PYTHON_SCRIPT);

    private BundledScripts() {}

    /** The path of mp_bench.py copied out of the jar, with its sibling; empty if the jar holds none or the copy fails. */
    static Optional<Path> extract() {
        try {
            Path dir = Files.createTempDirectory("proclab-bench-");
            dir.toFile().deleteOnExit(); // registered first, so deleted after the files in it
            for (String name : NAMES) {
                try (InputStream in = BundledScripts.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    Path file = dir.resolve(name);
                    Files.copy(in, file);
                    file.toFile().deleteOnExit();
                }
            }
            return Optional.of(dir.resolve(PythonRunner.SCRIPT));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
