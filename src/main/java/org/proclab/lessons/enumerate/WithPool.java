package org.proclab.lessons.enumerate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;

/**
 * Version 3: a Pool of worker processes, one task per directory; each task returns a count. Python:
 * <pre>
 * with Pool(min(len(dirs), os.cpu_count())) as pool:
 *     for found in pool.imap_unordered(count_files, dirs): ...
 * </pre>
 */
final class WithPool {
    private WithPool() {}

    /** A pool task's argument: walk directory {@code dir}, which is lane number {@code lane}. */
    record Job(int lane, String dir) implements Serializable {
        @Override
        public String toString() {
            return dir;
        }
    }

    /** A pool task's result: what the walk of one directory found, and which worker walked it. */
    record Found(int lane, String dir, DirectoryWalker.Counts counts, long pid) implements Serializable {
        @Override
        public String toString() {
            return counts.files() + " files in " + dir;
        }
    }

    /** The pool task: walk one directory and return only the count (the paths stay in the worker). */
    static Found countFiles(Job job) {
        return new Found(job.lane(), job.dir(), DirectoryWalker.walk(job.dir(), Enumerate.BATCH, null), MP.getpid());
    }

    /**
     * A pool of min(directories, CPUs) workers. More workers than CPUs would only take turns on the CPUs,
     * and each worker is a JVM to start. A task gives back one result when it ends, so it returns a count,
     * not 50,000 paths in one message. imapUnordered() hands us each result as soon as it is ready, whatever
     * the order of the directories.
     * One task per directory is simple; if one directory is much bigger than the others, one worker does most
     * of the work. Tasks per subdirectory would share it out better, at the cost of more tasks (messages).
     */
    static Report.Timing run(List<String> dirs) {
        String version = "pool";
        int workers = Math.min(dirs.size(), MP.cpuCount());
        long begun = Report.begin(version, workers);
        Pool pool = new Pool(workers);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            jobs.add(new Job(i + 1, dirs.get(i)));
            Report.lane(i + 1, "Pool", dirs.get(i));    // which worker runs it is known when it is done
        }
        long files = 0;
        long unreadable = 0;
        for (Found f : pool.imapUnordered(WithPool::countFiles, jobs)) {
            Report.done(f.lane(), f.dir(), f.counts(), f.pid(), begun);
            files += f.counts().files();
            unreadable += f.counts().unreadable();
        }
        pool.close();
        pool.join();
        return Report.finish(version, workers, files, unreadable, begun);
    }
}
