package org.proclab.lessons.enumerate;

import java.io.File;
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
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Lesson 6, homework: a multi-process file enumerator. Give it several directories; it counts the
 * regular files under each of them three times, in three ways, and times each way:
 *
 * <ol>
 *   <li>{@code one-process}: the main process walks every directory itself, one after another;</li>
 *   <li>{@code many-processes}: one child process per directory; each walks its directory and sends
 *       the paths it finds back to the main process through a Queue, in batches;</li>
 *   <li>{@code pool}: a Pool of worker processes, one task per directory; each task returns a count.</li>
 * </ol>
 *
 * Python: {@code os.walk} in each {@code Process(target=walk, args=(d, q))}, then {@code Pool.imap_unordered}.
 *
 * <p>Each time includes starting that version's processes: here every process is a new JVM, which
 * costs far more than Python's fork. The first version also fills the operating system's file cache,
 * so run the lesson twice before you compare.
 *
 * <p>The main process prints short lines that ProcLab's live view also reads, so keep their format:
 * <pre>
 * plan one-process many-processes pool                    the versions that will run
 * begin many-processes processes 4                        a version starts
 * lane 2 by walker-2: /some/dir                           directory 2 is walked by that process
 * progress lane 2 files 3000                              it has found 3000 files so far
 * done lane 2 files 4211 unreadable 0 pid 4242            it has finished (pid: who walked it)
 * version many-processes processes 4 files 9000 unreadable 0 ms 812     a version ended
 * </pre>
 */
public class Enumerate {

    /**
     * Paths per message. Every message is an operation the kernel (here: ProcLab, in Python: the OS)
     * must record and deliver: a system call to send, one to receive, a wake-up of the receiver. That
     * costs far more than finding one file, so one message per file would make the walk several times
     * slower. Batches of 1,000 paths make 1,000 times fewer messages. See the variant "one message per file".
     */
    static final int BATCH = 1000;

    /** Print a progress line at most once per this many files found by one walker. */
    static final int PROGRESS_EVERY = 1000;

    /** Without arguments, the subdirectories of the current directory are used, if there are at most this many. */
    static final int MAX_DEFAULT_DIRS = 8;

    // ---- what travels between processes ---------------------------------------------------------

    /**
     * A message from a walker child to the main process: some paths it found or, when {@code last} is
     * true, the news that it has finished and how many paths it could not read.
     * A record of serializable fields is serializable: it can go through a Queue.
     */
    record Batch(int lane, List<String> paths, boolean last, long unreadable, long pid) implements Serializable {
        @Override
        public String toString() {      // what the queue view shows for this message
            return last ? "lane " + lane + " finished" : "lane " + lane + ": " + paths.size() + " files";
        }
    }

    /** A pool task: walk directory {@code dir}, which is lane number {@code lane}. */
    record Job(int lane, String dir) implements Serializable {
        @Override
        public String toString() {
            return dir;
        }
    }

    /** What one walk found: the result of a pool task. */
    record Found(int lane, String dir, long files, long unreadable, long pid) implements Serializable {
        @Override
        public String toString() {
            return files + " files in " + dir;
        }
    }

    /** One line of the final table. */
    record Timing(String version, int processes, long files, long unreadable, long ms) {}

    // ---- walking one directory ------------------------------------------------------------------

    /**
     * Walks the tree under {@code dir} and hands the paths of its regular files to {@code sink}, in
     * lists of up to {@code batchSize} (with a null sink it only counts them). Symbolic links are not
     * followed, as with {@code find -type f}: a link is not a regular file, and a link to a directory
     * is not entered. What cannot be read is printed and counted, and the walk goes on.
     */
    static Found walk(int lane, String dir, int batchSize, Consumer<List<String>> sink) {
        Walker w = new Walker(batchSize, sink);
        Path root = Path.of(dir);
        try {
            Files.walkFileTree(root, w);   // without FOLLOW_LINKS: links are not followed
        } catch (IOException e) {           // only if our visitor threw, which it does not
            w.cannotRead(root, e);
        }
        w.flush();
        return new Found(lane, dir, w.files, w.unreadable, MP.getpid());
    }

    /** The visitor behind {@link #walk}: counts regular files, batches their paths, reports errors. */
    static final class Walker extends SimpleFileVisitor<Path> {
        private final int batchSize;
        private final Consumer<List<String>> sink;
        private List<String> batch = new ArrayList<>();
        long files;
        long unreadable;

        Walker(int batchSize, Consumer<List<String>> sink) {
            this.batchSize = batchSize;
            this.sink = sink;
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

        void cannotRead(Path path, IOException e) {
            unreadable++;
            System.err.println("cannot read " + path + ": " + reason(e));
        }

        /** Hands over what is left in the current batch. */
        void flush() {
            if (!batch.isEmpty()) {
                sink.accept(batch);
                batch = new ArrayList<>();
            }
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
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    // ---- version 1: one process ------------------------------------------------------------------

    /** The main process walks every directory itself. A batch is handed over by a plain method call. */
    static Timing oneProcess(List<String> dirs) {
        String version = "one-process";
        begin(version, 1);
        long t0 = System.nanoTime();
        long files = 0;
        long unreadable = 0;
        for (int i = 0; i < dirs.size(); i++) {
            int lane = i + 1;
            System.out.println("lane " + lane + " by " + MP.currentProcess().name() + ": " + dirs.get(i));
            Progress progress = new Progress(lane);
            Found f = walk(lane, dirs.get(i), BATCH, batch -> progress.add(batch.size()));
            done(lane, f.files(), f.unreadable(), f.pid());
            files += f.files();
            unreadable += f.unreadable();
        }
        return finish(version, 1, files, unreadable, t0);
    }

    // ---- version 2: one child process per directory, batches through a Queue ----------------------

    /** What a walker child runs: walk one directory, put the paths on the queue in batches. */
    static void walkAndReport(int lane, String dir, int batchSize, Queue<Batch> queue) {
        long pid = MP.getpid();
        Found f = null;
        try {
            f = walk(lane, dir, batchSize, batch -> queue.put(new Batch(lane, batch, false, 0, pid)));
        } finally {
            // always say "finished", even after an error: the main process waits for this message
            queue.put(new Batch(lane, List.of(), true, f == null ? 0 : f.unreadable(), pid));
        }
    }

    /** One child per directory; the main process collects the batches and counts per child. */
    static Timing oneChildPerDirectory(String version, List<String> dirs, int batchSize) {
        begin(version, dirs.size());
        long t0 = System.nanoTime();
        // A Queue, not a Pipe: many children put into the same queue and one process gets from it.
        // A Pipe has two ends only; we would need one pipe per child and a way to wait on them all.
        Queue<Batch> queue = new Queue<>();
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            int lane = i + 1;
            String dir = dirs.get(i);
            Process p = new Process("walker-" + lane, () -> walkAndReport(lane, dir, batchSize, queue));
            p.start();
            children.add(p);
            System.out.println("lane " + lane + " by " + p.name() + ": " + dir);
        }

        Progress[] progress = new Progress[dirs.size() + 1];
        for (int lane = 1; lane <= dirs.size(); lane++) {
            progress[lane] = new Progress(lane);
        }
        long files = 0;
        long unreadable = 0;
        int running = children.size();
        while (running > 0) {
            Batch b = queue.get();              // waits until some child has put a batch
            // here the paths could be stored, sorted or written to a file; this enumerator counts them
            progress[b.lane()].add(b.paths().size());
            files += b.paths().size();
            if (b.last()) {
                running--;
                unreadable += b.unreadable();
                done(b.lane(), progress[b.lane()].files, b.unreadable(), b.pid());
            }
        }
        for (Process p : children) {
            p.join();                           // every child has said "finished"; collect its exit code
        }
        return finish(version, children.size(), files, unreadable, t0);
    }

    // ---- version 3: a Pool ---------------------------------------------------------------------------

    /** A pool task: walk one directory and return only the count (the paths stay in the worker). */
    static Found countFiles(Job job) {
        return walk(job.lane(), job.dir(), BATCH, null);
    }

    /**
     * A pool of min(directories, CPUs) workers, one task per directory. More workers than CPUs would
     * only take turns on the CPUs, and each worker is a JVM to start. A task gives back one result when
     * it ends, so we return counts, not 50,000 paths in one message. imapUnordered() hands us each
     * result as soon as it is ready, whatever the order of the directories.
     * One task per directory is simple; if one directory is much bigger than the others, one worker
     * does most of the work. Tasks per subdirectory would share it out better, at the cost of more
     * tasks (messages).
     */
    static Timing withPool(List<String> dirs) {
        String version = "pool";
        int workers = Math.min(dirs.size(), Runtime.getRuntime().availableProcessors());
        begin(version, workers);
        long t0 = System.nanoTime();
        Pool pool = new Pool(workers);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            jobs.add(new Job(i + 1, dirs.get(i)));
            System.out.println("lane " + (i + 1) + " by Pool: " + dirs.get(i));
        }
        long files = 0;
        long unreadable = 0;
        for (Found f : pool.imapUnordered(Enumerate::countFiles, jobs)) {
            done(f.lane(), f.files(), f.unreadable(), f.pid());
            files += f.files();
            unreadable += f.unreadable();
        }
        pool.close();
        pool.join();
        return finish(version, workers, files, unreadable, t0);
    }

    // ---- the lines the main process prints (the live view reads them) ----------------------------

    /** Counts one lane's files and prints "progress lane K files N" every {@link #PROGRESS_EVERY} files. */
    static final class Progress {
        final int lane;
        long files;
        long printed;

        Progress(int lane) {
            this.lane = lane;
        }

        void add(int n) {
            files += n;
            if (files - printed >= PROGRESS_EVERY) {
                printed = files;
                System.out.println("progress lane " + lane + " files " + files);
            }
        }
    }

    static void begin(String version, int processes) {
        System.out.println("begin " + version + " processes " + processes);
    }

    static void done(int lane, long files, long unreadable, long pid) {
        System.out.println("done lane " + lane + " files " + files + " unreadable " + unreadable + " pid " + pid);
    }

    static Timing finish(String version, int processes, long files, long unreadable, long t0) {
        Timing t = new Timing(version, processes, files, unreadable, (System.nanoTime() - t0) / 1_000_000);
        System.out.println(line(t));
        return t;
    }

    /** One table line: "version NAME processes N files N unreadable N ms N". */
    static String line(Timing t) {
        return String.format("version %-15s processes %2d files %9d unreadable %3d ms %6d",
                t.version(), t.processes(), t.files(), t.unreadable(), t.ms());
    }

    static void printTable(List<Timing> timings) {
        System.out.println();
        System.out.println("results (regular files; time includes starting the processes):");
        for (Timing t : timings) {
            System.out.println(line(t));
        }
    }

    // ---- which directories -----------------------------------------------------------------------

    /** The directories given as arguments, or else the current directory's subdirectories. */
    static List<String> directories(String[] args) {
        if (args.length > 0) {
            return Arrays.asList(args);
        }
        File[] subdirs = new File(".").listFiles(f -> f.isDirectory() && !f.isHidden());
        List<String> dirs = new ArrayList<>();
        if (subdirs != null && subdirs.length <= MAX_DEFAULT_DIRS) {
            Arrays.sort(subdirs);
            for (File f : subdirs) {
                dirs.add(f.getPath());
            }
        }
        return dirs;
    }

    static void usage() {
        System.err.println("Give the directories to enumerate as arguments, for example:");
        System.err.println("  java -jar proclab.jar run --lesson enumerate -- /usr/lib /usr/share /usr/include /usr/bin");
        System.err.println("Without arguments the subdirectories of the current directory ("
                + new File(".").getAbsoluteFile().toPath().normalize() + ") are used, but only when there are 1 to "
                + MAX_DEFAULT_DIRS + " of them.");
    }

    public static void main(String[] args) {
        List<String> dirs = directories(args);
        if (dirs.isEmpty()) {
            usage();
            System.exit(2);
        }
        System.out.println("enumerating " + dirs.size() + " directories: " + dirs);
        System.out.println("plan one-process many-processes pool");
        List<Timing> timings = new ArrayList<>();
        timings.add(oneProcess(dirs));
        timings.add(oneChildPerDirectory("many-processes", dirs, BATCH));
        timings.add(withPool(dirs));
        printTable(timings);
    }
}
