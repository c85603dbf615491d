package org.proclab.lessons.enumerate;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
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
final class DirectoryWalker {

    /**
     * What one walk found, and when: it began at {@code began} ({@code System.currentTimeMillis()}) and took
     * {@code millis}. A record of serializable fields can travel between processes.
     */
    record Counts(long files, long unreadable, long began, long millis) implements Serializable {
        /** Nothing found, now: what a walker reports when its walk failed before it ended. */
        static Counts nothing() {
            return new Counts(0, 0, System.currentTimeMillis(), 0);
        }
    }

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
        long began = System.currentTimeMillis();
        DirectoryWalker w = new DirectoryWalker(batchSize, sink);
        w.visit(Path.of(dir));
        w.flush();
        return new Counts(w.files, w.unreadable, began, System.currentTimeMillis() - began);
    }

    /** One path: a directory is listed and each of its entries visited; a regular file is counted. */
    private void visit(Path path) {
        BasicFileAttributes attrs;
        try {
            // One question to the operating system per path (a system call, lstat): what is it? Java's
            // listing gives only names, so this call is made for every file and is most of the walk's time;
            // find reads the type from the listing and makes none. NOFOLLOW_LINKS: a link stays a link.
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {           // gone since its directory was listed, ...
            cannotRead(path, e);
            return;
        }
        if (attrs.isDirectory()) {
            list(path);
        } else if (attrs.isRegularFile()) { // not a link, socket, device...
            found(path);
        }
    }

    /** Visits every entry of a directory, in the order the operating system lists them. */
    private void list(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                visit(entry);
            }
        } catch (IOException e) {           // a directory we may not open...
            cannotRead(dir, e);             // ...is reported, never fatal
        } catch (DirectoryIteratorException e) {   // listing it failed half-way
            cannotRead(dir, e.getCause());
        }
    }

    /** A regular file: count it, and add its path to the batch if someone wants the paths. */
    private void found(Path file) {
        files++;
        if (sink != null) {
            batch.add(file.toString());
            if (batch.size() >= batchSize) {
                flush();
            }
        }
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
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
