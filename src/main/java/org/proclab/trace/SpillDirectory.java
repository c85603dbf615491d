package org.proclab.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.proclab.files.PrivateDirectory;

/**
 * Where this JVM's temporary spill files go: one directory it owns in ProcLab's private directory,
 * deleted at exit; those of JVMs that ended without exiting (kill -9) are deleted when the next is made.
 */
final class SpillDirectory {
    static final String PREFIX = "spill-";

    private static Path dir;

    private SpillDirectory() {}

    /** A new, empty file for one log's spill. */
    static Path newFile() throws IOException {
        Path d = directory();
        if (d.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(d, "log-", ".jsonl",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(d, "log-", ".jsonl");
    }

    private static synchronized Path directory() throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            PrivateDirectory home = PrivateDirectory.forUser();
            home.deleteStale(PREFIX);
            Path made = home.createOwned(PREFIX);
            Thread cleanup = new Thread(() -> home.delete(made), "proclab-spill-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            dir = made;
        }
        return dir;
    }
}
