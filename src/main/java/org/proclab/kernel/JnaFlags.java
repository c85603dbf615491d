package org.proclab.kernel;

import java.io.IOException;
import java.nio.file.Path;
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
 * Without JNA, or when its native part cannot be unpacked, none: JNA then does all this itself. The jar
 * entry is read once per app JVM ({@link UnpackedLibrary}); each launch only checks the copy is still there.
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

    /** JNA's native part for this machine, beside the worker archive; made at the first launch. */
    private static UnpackedLibrary nativePart; // guarded by JnaFlags.class

    private static synchronized Path unpacked(Path jar) throws IOException {
        Path cache = WorkerArchive.cacheDir(); // each time: made again, private to the user, if it was removed
        if (nativePart == null) {
            String resource = "com/sun/jna/" + com.sun.jna.Platform.RESOURCE_PREFIX + "/libjnidispatch.so";
            String version = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            Path dir = cache.resolve(version + "-" + com.sun.jna.Platform.RESOURCE_PREFIX);
            ClassLoader loader = com.sun.jna.Platform.class.getClassLoader();
            nativePart = new UnpackedLibrary(dir, "libjnidispatch.so", () -> loader.getResourceAsStream(resource));
        }
        return nativePart.folder();
    }
}
