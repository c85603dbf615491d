package org.proclab.lessons.enumerate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Version 2: one child process per directory. Each child walks its directory and puts the paths it finds
 * on one Queue, in batches; the main process gets them and counts them per child. Python:
 * <pre>
 * q = Queue()
 * children = [Process(target=walk_and_send, args=(d, q)) for d in dirs]
 * </pre>
 */
final class ManyProcesses {
    private ManyProcesses() {}

    /**
     * A message from a walker child to the main process: some paths it found or, when {@code last} is true,
     * the news that it has finished and what its walk found (how many paths it could not read, how long it took).
     */
    record Batch(int lane, List<String> paths, boolean last, DirectoryWalker.Counts found, long pid) implements Serializable {
        @Override
        public String toString() {      // what the queue view shows for this message
            return last ? "lane " + lane + " finished" : "lane " + lane + ": " + paths.size() + " files";
        }
    }

    /** What a walker child runs: walk one directory, put the paths on the queue in batches. */
    static void walkAndSend(int lane, String dir, int batchSize, Queue<Batch> queue) {
        long pid = MP.getpid();
        DirectoryWalker.Counts found = DirectoryWalker.Counts.nothing();
        try {
            found = DirectoryWalker.walk(dir, batchSize, batch -> queue.put(new Batch(lane, batch, false, null, pid)));
        } finally {
            // always say "finished", even after an error: the main process waits for this message
            queue.put(new Batch(lane, List.of(), true, found, pid));
        }
    }

    /** One child per directory, sending batches of {@code batchSize} paths; the main process collects them. */
    static Report.Timing run(String version, List<String> dirs, int batchSize) {
        long begun = Report.begin(version, dirs.size());
        // A Queue, not a Pipe: many children put into the same queue and one process gets from it.
        // A Pipe has two ends only; we would need one pipe per child and a way to wait on them all.
        Queue<Batch> queue = new Queue<>();
        List<Process> children = new ArrayList<>();
        List<Report.Progress> progress = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            int lane = i + 1;
            String dir = dirs.get(i);
            Process p = new Process("walker-" + lane, () -> walkAndSend(lane, dir, batchSize, queue));
            p.start();
            children.add(p);
            progress.add(new Report.Progress(lane));
            Report.lane(lane, p.name(), dir);
        }

        long files = 0;
        long unreadable = 0;
        int running = children.size();
        while (running > 0) {
            Batch b = queue.get();              // waits until some child has put a batch
            // here the paths could be stored, sorted or written to a file; this enumerator counts them
            Report.Progress counted = progress.get(b.lane() - 1);
            counted.add(b.paths().size());
            files += b.paths().size();
            if (b.last()) {
                running--;
                unreadable += b.found().unreadable();
                Report.done(b.lane(), dirs.get(b.lane() - 1), b.found(), b.pid(), begun);
            }
        }
        for (Process p : children) {
            p.join();                           // every child has said "finished"; collect its exit code
        }
        return Report.finish(version, children.size(), files, unreadable, begun);
    }
}
