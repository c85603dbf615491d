package org.proclab.lessons.enumerate;

import java.util.List;
import org.proclab.mp.MP;

/**
 * Version 1: the main process walks every directory itself, one after another. No other process, no
 * message: a batch of paths is handed over by a plain method call. Python:
 * <pre>
 * for d in dirs:
 *     files += walk(d)
 * </pre>
 */
final class OneProcess {
    private OneProcess() {}

    static Report.Timing run(List<String> dirs) {
        String version = "one-process";
        long begun = Report.begin(version, 1);
        long files = 0;
        long unreadable = 0;
        for (int i = 0; i < dirs.size(); i++) {
            int lane = i + 1;
            Report.lane(lane, MP.currentProcess().name(), dirs.get(i));
            Report.Progress progress = new Report.Progress(lane);
            // the paths would only be counted here: count(), which makes none, is quicker than walk()
            DirectoryWalker.Counts found = DirectoryWalker.count(dirs.get(i), Enumerate.BATCH, progress::add);
            Report.done(lane, dirs.get(i), found, MP.getpid(), begun);
            files += found.files();
            unreadable += found.unreadable();
        }
        return Report.finish(version, 1, files, unreadable, begun);
    }
}
