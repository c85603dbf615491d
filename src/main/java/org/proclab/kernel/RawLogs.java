package org.proclab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a worker's JVM itself printed outside {@code System.out} (a crash, a missing class): its fd 1 and 2
 * go to a file in the session's private directory. The kernel makes each file's path from what it knows
 * (the parent's pid and the child's place among its siblings), never from a worker's word, reads only
 * regular files there (never through a link) and only their last {@link #MAX_BYTES}. File I/O: never call
 * it under the kernel's lock.
 */
final class RawLogs {
    static final int MAX_BYTES = 64 << 10;
    /** Python's naming of children: 1, 2, 1:3 ... */
    private static final Pattern IDENTITY = Pattern.compile("[0-9]{1,9}(:[0-9]{1,9}){0,15}");

    private final Path dir;

    RawLogs(Path dir) {
        this.dir = dir;
    }

    Path ofMain() {
        return dir.resolve("jvm-main.log");
    }

    /** The file of a child, as worker.ChildLauncher names it; null if the identity is not one. */
    Path ofChild(long parentPid, String identity) {
        if (identity == null || !IDENTITY.matcher(identity).matches()) {
            return null;
        }
        return dir.resolve("jvm-" + parentPid + "-" + identity.replace(':', '_') + ".log");
    }

    /** The lines in the file (its last {@link #MAX_BYTES}), then deletes it; none if it is not a plain file. */
    static List<String> readAndDelete(Path file) {
        List<String> lines = new ArrayList<>();
        if (file == null) {
            return lines;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return lines;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                long size = ch.size();
                long from = Math.max(0, size - MAX_BYTES);
                ByteBuffer buf = ByteBuffer.allocate((int) (size - from));
                while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) {
                    // read on
                }
                LineFramer f = new LineFramer(lines::add);
                if (from > 0) {
                    lines.add("… (" + from + " bytes before these were left out)");
                }
                f.write(buf.array(), 0, buf.position());
                f.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // no such file (the JVM printed nothing), or it went away: nothing to show
        }
        return lines;
    }
}
