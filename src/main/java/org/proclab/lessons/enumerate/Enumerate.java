package org.proclab.lessons.enumerate;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lesson 6, homework: a multi-process file enumerator. Give it several directories; it counts the regular
 * files under each of them three times, in three ways, and times each way:
 *
 * <ol>
 *   <li>{@link OneProcess}: the main process walks every directory itself, one after another;</li>
 *   <li>{@link ManyProcesses}: one child process per directory; each walks its directory and sends the
 *       paths it finds back to the main process through a Queue, in batches;</li>
 *   <li>{@link WithPool}: a Pool of worker processes, one task per directory; each task returns a count.</li>
 * </ol>
 *
 * The walk itself is in {@link DirectoryWalker}, the same in every version; what the main process prints
 * and reports to ProcLab's Enumeration view is in {@link Report}. Python: {@code os.scandir} in each
 * {@code Process(target=walk, args=(d, q))}, then {@code Pool.imap_unordered}.
 *
 * <p>Each time includes starting that version's processes: here every process is a new JVM, which costs
 * far more than Python's fork. The first version also fills the operating system's file cache, so run the
 * lesson twice before you compare.
 */
public class Enumerate {

    /**
     * Paths per message. Every message is an operation the kernel (here: ProcLab, in Python: the OS) must
     * record and deliver: a system call to send, one to receive, a wake-up of the receiver. That costs far
     * more than finding one file, so one message per file would make the walk several times slower. Batches
     * of 1,000 paths make 1,000 times fewer messages. See the variant "one message per file".
     */
    static final int BATCH = 1000;

    /** Without arguments, the subdirectories of the current directory are used, if there are at most this many. */
    static final int MAX_DEFAULT_DIRS = 8;

    public static void main(String[] args) {
        List<String> dirs = directories(args);
        if (dirs.isEmpty()) {
            usage();
            System.exit(2);
        }
        Report.plan(dirs, List.of("one-process", "many-processes", "pool"));
        List<Report.Timing> timings = new ArrayList<>();
        timings.add(OneProcess.run(dirs));
        timings.add(ManyProcesses.run("many-processes", dirs, BATCH));
        timings.add(WithPool.run(dirs));
        Report.table(timings);
    }

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
}
