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
import java.util.function.IntConsumer;

/**
 * Walks one directory tree and counts its regular files, as {@code find DIR -type f | wc -l} does. It knows
 * nothing about processes: every version of the homework calls {@link #walk} in whichever process walks.
 * Python: the same recursion over {@code os.scandir(dir)}.
 *
 * <p>Symbolic links are not followed: a link is not a regular file, and a link to a directory is not
 * entered. What cannot be read is printed on standard error and counted, and the walk goes on.
 *
 * <p>On Linux a directory is listed with the type of each entry ({@link TypedListing}), as {@code find} and
 * Python's {@code os.scandir} do, so telling a file from a directory costs no question per file; elsewhere,
 * or when that listing fails, Java lists the names and the walker asks what each one is.
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
    private final IntConsumer progress; // told how many files were found, when nobody wants their paths
    private final TypedListing typed;   // null: ask Java, one question per entry
    private List<String> batch = new ArrayList<>();
    private long files;
    private long told;                  // how many of the files progress has been told about
    private long unreadable;

    private DirectoryWalker(int batchSize, Consumer<List<String>> sink, IntConsumer progress, boolean typed) {
        this.batchSize = batchSize;
        this.sink = sink;
        this.progress = progress;
        this.typed = typed ? typedListing() : null;
    }

    /**
     * Walks the tree under {@code dir} and hands the paths of its regular files to {@code sink}, in lists of
     * up to {@code batchSize}; with a null sink it only counts them.
     */
    static Counts walk(String dir, int batchSize, Consumer<List<String>> sink) {
        return walk(dir, batchSize, sink, true);
    }

    /** {@link #walk}, listing with the entries' types where the system can if {@code typed}, else by names alone. */
    static Counts walk(String dir, int batchSize, Consumer<List<String>> sink, boolean typed) {
        return new DirectoryWalker(batchSize, sink, null, typed).walk(dir);
    }

    /**
     * Walks the tree under {@code dir} and only counts its regular files, telling {@code progress} "{@code every}
     * more" each time that many more have been found, and the rest at the end: no path is made.
     */
    static Counts count(String dir, int every, IntConsumer progress) {
        return count(dir, every, progress, true);
    }

    static Counts count(String dir, int every, IntConsumer progress, boolean typed) {
        return new DirectoryWalker(every, null, progress, typed).walk(dir);
    }

    private Counts walk(String dir) {
        // the clock starts once the constructor has loaded the typed listing (JNA's native library): like
        // loading classes, that is part of starting a process, not of walking
        long began = System.currentTimeMillis();
        visit(Path.of(dir));
        flush();
        return new Counts(files, unreadable, began, System.currentTimeMillis() - began);
    }

    /** One path: a directory is listed and each of its entries visited; a regular file is counted. */
    private void visit(Path path) {
        BasicFileAttributes attrs;
        try {
            // One question to the operating system (a system call, lstat): what is it? Listing by names,
            // this call is made for every file and is most of the walk's time. NOFOLLOW_LINKS: a link stays a link.
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {           // gone since its directory was listed, ...
            cannotRead(path, e);
            return;
        }
        if (attrs.isDirectory()) {
            list(path);
        } else if (attrs.isRegularFile()) { // not a link, socket, device...
            found("", path.toString());
        }
    }

    /** Visits every entry of a directory, in the order the operating system lists them. */
    private void list(Path dir) {
        TypedListing.Entries entries = typed == null ? null : typed.list(dir, sink != null);
        if (entries == null) {
            listByName(dir);
            return;
        }
        // the listing says what each entry is: no question per entry (links, FIFOs... are not in it)
        files += entries.unnamedFiles;      // regular files whose paths nobody wants
        tell();
        String prefix = prefix(dir);
        for (int i = 0; i < entries.size; i++) {
            switch (entries.types[i]) {
                case TypedListing.DT_DIR -> list(dir.resolve(entries.names[i]));
                case TypedListing.DT_REG -> found(prefix, entries.names[i]);
                default -> visit(dir.resolve(entries.names[i]));   // type unknown: ask, as by names
            }
        }
    }

    /** Lists a directory's names, and asks what each entry is. */
    private void listByName(Path dir) {
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

    /** What goes before an entry's name to make its path, as {@code dir.resolve(name).toString()} does. */
    private static String prefix(Path dir) {
        String d = dir.toString();
        return d.isEmpty() ? "" : d.endsWith("/") ? d : d + "/";
    }

    /**
     * A regular file: count it, and add its path ({@code prefix + name}) to the batch if someone wants the
     * paths; only then is the path made.
     */
    private void found(String prefix, String name) {
        files++;
        if (sink != null) {
            batch.add(prefix + name);
            if (batch.size() >= batchSize) {
                flush();
            }
        }
        tell();
    }

    /** Tells progress, if any, of every {@code batchSize} files found since it was last told. */
    private void tell() {
        while (progress != null && files - told >= batchSize) {
            progress.accept(batchSize);
            told += batchSize;
        }
    }

    private void cannotRead(Path path, IOException e) {
        unreadable++;
        System.err.println("cannot read " + path + ": " + reason(e));
    }

    /** Hands over what is left in the current batch, or tells progress of the last files. */
    private void flush() {
        if (!batch.isEmpty()) {
            sink.accept(batch);
            batch = new ArrayList<>();
        }
        if (progress != null && files > told) {
            progress.accept((int) (files - told));
            told = files;
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

    /** The typed listing for this system, or null; also when JNA's jar is not on the class path at all. */
    private static TypedListing typedListing() {
        try {
            return TypedListing.forThisSystem();
        } catch (LinkageError e) {          // TypedListing itself could not be loaded without JNA
            return null;
        }
    }
}
