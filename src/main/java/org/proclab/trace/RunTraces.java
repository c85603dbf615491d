package org.proclab.trace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.proclab.files.PrivateDirectory;

/**
 * The app's kept runs: each run's event log streams to a file in {@code <private directory>/runs/},
 * named by when it started, and the last {@link #KEEP} stay there, so the last run of an app that was
 * killed can still be opened with File → Open trace.
 */
public final class RunTraces {
    /** How many runs are kept. */
    public static final int KEEP = 5;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final PrivateDirectory home;
    private final Path dir;

    public RunTraces(PrivateDirectory home) throws IOException {
        this.home = home;
        this.dir = home.subdirectory("runs");
    }

    /** This user's, in {@link PrivateDirectory#forUser()}. */
    public static RunTraces forUser() throws IOException {
        return new RunTraces(PrivateDirectory.forUser());
    }

    /** Where the runs are: where File → Open trace can start. */
    public Path directory() {
        return dir;
    }

    /**
     * A new, empty file for a run starting now, {@code run-<UTC time>-<pid>.jsonl}; the oldest runs
     * beyond {@link #KEEP} (this one included) are deleted. Give it to {@link EventLog#keepAs}.
     */
    public Path newRunFile() throws IOException {
        String stem = "run-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + ProcessHandle.current().pid();
        Path file;
        for (int n = 0; ; n++) {
            file = dir.resolve(stem + (n == 0 ? "" : "-" + n) + ".jsonl");
            try {
                Files.createFile(file);
                break;
            } catch (FileAlreadyExistsException e) {
                // two runs in the same millisecond: the next name
            }
        }
        prune();
        return file;
    }

    /** The kept runs, newest first. */
    public List<Path> runs() throws IOException {
        List<Path> runs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "run-*.jsonl")) {
            entries.forEach(runs::add);
        }
        // by the name without ".jsonl", so that run-T-pid-1 (made second) counts as newer than run-T-pid
        runs.sort(Comparator.comparing((Path p) -> p.getFileName().toString().replaceFirst("\\.jsonl$", "")).reversed());
        return runs;
    }

    /** Deletes all but the newest {@link #KEEP} runs; the app calls it at start. Returns how many went. */
    public int prune() throws IOException {
        List<Path> runs = runs();
        int removed = 0;
        for (Path old : runs.subList(Math.min(KEEP, runs.size()), runs.size())) {
            // a run another app is still running is left alone: that app reads its file back by its name
            if (!writtenByAnotherLiveApp(old) && home.delete(old)) {
                removed++;
            }
        }
        return removed;
    }

    /** run-TIME-PID[-N].jsonl: whether PID is another process that is running now. */
    static boolean writtenByAnotherLiveApp(Path run) {
        java.util.regex.Matcher m = RUN_NAME.matcher(run.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static final java.util.regex.Pattern RUN_NAME =
            java.util.regex.Pattern.compile("run-\\d{8}-\\d{6}-\\d{3}-(\\d+)(?:-\\d+)?\\.jsonl");
}
