package org.proclab.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.proclab.worker.WorkerLibraries;

/**
 * Flags that spare each worker JVM most of JNA's start (lesson 6's walker loads it): about 180 ms of a
 * process's start on this machine, 85 ms with these and the class-data archive holding JNA's classes.
 * <ul>
 *   <li>{@code jna.boot.library.path}: JNA's native part, unpacked once per user and JNA version beside the
 *       worker archive, instead of unpacked from its jar to a new temporary file in every process;</li>
 *   <li>{@code jna.platform.library.path}: the system's library folders, given, so that JNA does not run
 *       {@code ldconfig -p} in every process to find them (ProcLab asks it for no library by name: the
 *       walker calls the C library the JVM already runs on).</li>
 * </ul>
 * Without JNA, or when its native part cannot be unpacked, none: JNA then does all this itself.
 */
final class JnaFlags {
    private JnaFlags() {}

    static List<String> flags() {
        Optional<Path> jar = WorkerLibraries.jna();
        if (jar.isEmpty() || !System.getProperty("os.name", "").equals("Linux")) {
            return List.of();
        }
        try {
            Path dir = unpacked(jar.get());
            if (dir == null || dir.toString().chars().anyMatch(Character::isWhitespace)) {
                return List.of(); // worker flags are split at spaces
            }
            return List.of("-Djna.boot.library.path=" + dir, "-Djna.platform.library.path=/usr/lib:/lib");
        } catch (IOException | RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    /** The folder holding JNA's native part for this machine, unpacked from its jar if not yet; null if the jar has none. */
    private static Path unpacked(Path jar) throws IOException {
        String resource = "com/sun/jna/" + com.sun.jna.Platform.RESOURCE_PREFIX + "/libjnidispatch.so";
        String version = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path dir = WorkerArchive.cacheDir().resolve(version + "-" + com.sun.jna.Platform.RESOURCE_PREFIX);
        Path lib = dir.resolve("libjnidispatch.so");
        try (InputStream in = com.sun.jna.Platform.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(lib) && Files.size(lib) == bytes.length) {
                return dir;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "libjnidispatch", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        }
    }
}
