package org.proclab.lessons.enumerate;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Walks one directory tree and counts its regular files, as {@code find DIR -type f | wc -l} does. It knows
 * nothing about processes: every version of the homework calls {@link #walk} in whichever process walks.
 * Python: {@code os.walk(dir)}.
 *
 * <p>Symbolic links are not followed: a link is not a regular file, and a link to a directory is not
 * entered. What cannot be read is printed on standard error and counted, and the walk goes on.
 */
final class DirectoryWalker extends SimpleFileVisitor<Path> {

    /** What one walk found. A record of serializable fields can travel between processes. */
    record Counts(long files, long unreadable) implements Serializable {}

    private final int batchSize;
    private final Consumer<List<String>> sink;
    private List<String> batch = new ArrayList<>();
    private long files;
    private long unreadable;

    private DirectoryWalker(int batchSize, Consumer<List<String>> sink) {
        this.batchSize = batchSize;
        this.sink = sink;
    }

    /**
     * Walks the tree under {@code dir} and hands the paths of its regular files to {@code sink}, in lists of
     * up to {@code batchSize}; with a null sink it only counts them.
     */
    static Counts walk(String dir, int batchSize, Consumer<List<String>> sink) {
        DirectoryWalker w = new DirectoryWalker(batchSize, sink);
        Path root = Path.of(dir);
        try {
            Files.walkFileTree(root, w);   // without FOLLOW_LINKS: links are not followed
        } catch (IOException e) {           // only if our visitor threw, which it does not
            w.cannotRead(root, e);
        }
        w.flush();
        return new Counts(w.files, w.unreadable);
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {        // not a directory, link, socket, device...
            files++;
            if (sink != null) {
                batch.add(file.toString());
                if (batch.size() >= batchSize) {
                    flush();
                }
            }
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        cannotRead(file, e);                // a directory we may not open, a file gone meanwhile...
        return FileVisitResult.CONTINUE;    // ...is reported, never fatal
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {                    // listing the directory failed half-way
            cannotRead(dir, e);
        }
        return FileVisitResult.CONTINUE;
    }

    private void cannotRead(Path path, IOException e) {
        unreadable++;
        System.err.println("cannot read " + path + ": " + reason(e));
    }

    /** Hands over what is left in the current batch. */
    private void flush() {
        if (!batch.isEmpty()) {
            sink.accept(batch);
            batch = new ArrayList<>();
        }
    }

    /** A short reason, like the ones {@code find} prints. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "file system loop";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
