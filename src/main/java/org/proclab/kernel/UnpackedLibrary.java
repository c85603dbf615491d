package org.proclab.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A native library unpacked from a jar entry into a folder, for other processes to load. The entry is read
 * once per app JVM (JNA's is about 250 KB, and every launch asks): later, a look at the copy's size says
 * whether it is still there; a copy deleted or cut short meanwhile is unpacked again.
 */
final class UnpackedLibrary {
    /** Opens the jar entry, or gives null if the jar has none. */
    interface Entry {
        InputStream open() throws IOException;
    }

    private static final long UNKNOWN = -1;
    private static final long ABSENT = -2;

    private final Path dir;
    private final Path file;
    private final Entry entry;
    private long size = UNKNOWN; // the entry's size once read, or ABSENT; guarded by this

    UnpackedLibrary(Path dir, String fileName, Entry entry) {
        this.dir = dir;
        this.file = dir.resolve(fileName);
        this.entry = entry;
    }

    /** The folder holding the library, unpacked if it is not there (yet, or any more); null if the jar has none. */
    synchronized Path folder() throws IOException {
        if (size == ABSENT) {
            return null;
        }
        if (size != UNKNOWN && hasSize(size)) {
            return dir;
        }
        byte[] bytes;
        try (InputStream in = entry.open()) {
            if (in == null) {
                size = ABSENT;
                return null;
            }
            bytes = in.readAllBytes();
        }
        size = bytes.length;
        if (!hasSize(size)) {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(tmp, bytes);
            // atomic: a process starting meanwhile sees the old copy or the whole new one
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return dir;
    }

    private boolean hasSize(long expected) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == expected;
    }
}
