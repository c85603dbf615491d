package org.proclab.lessons.enumerate;

import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 6, variant: why batches? The same children walk the same directories twice: first sending
 * the paths in batches of 1,000, then one message per file. Each message is an operation the kernel
 * records and delivers (and the main process must receive), so the second run spends its time on
 * messages, not on walking. Compare the two lines of the table.
 */
public class OneMessagePerFile {

    public static void main(String[] args) {
        List<String> dirs = Enumerate.directories(args);
        if (dirs.isEmpty()) {
            Enumerate.usage();
            System.exit(2);
        }
        Report.plan(dirs, List.of("batches-of-1000", "one-per-file"));
        List<Report.Timing> timings = new ArrayList<>();
        timings.add(ManyProcesses.run("batches-of-1000", dirs, Enumerate.BATCH));
        timings.add(ManyProcesses.run("one-per-file", dirs, 1));
        Report.table(timings);
    }
}
