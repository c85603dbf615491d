package org.proclab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.RunResult;
import org.proclab.kernel.Session;
import org.proclab.kernel.StartMethod;
import org.proclab.lesson.Lesson;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.Script;
import org.proclab.playground.Compilation;
import org.proclab.playground.RunDirectory;
import org.proclab.spread.Outcome;
import org.proclab.spread.RepeatRuns;
import org.proclab.spread.SpreadReport;
import org.proclab.trace.ChromeTrace;
import org.proclab.trace.EventLog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a lesson or any program written against the API, with real processes, headless. */
@Command(name = "run", description = {
        "Run a lesson or your own program with real processes; every process's output is shown with its name and pid.",
        "Exit code: the main program's; 2 when nothing ran (a compile error of --source, an unknown lesson, a bad option);",
        "3 after a deadlock; 124 after --timeout.",
        "With --repeat N: runs the program N times, one after the other, and prints the spread of outcomes;",
        "exit code 0 when all N runs ran (a deadlock or a time-out is an outcome), 1 if a run could not start."})
final class RunCommand implements Callable<Integer> {
    static final int EXIT_DEADLOCK = 3;
    static final int EXIT_TIMEOUT = 124;
    /** Nothing ran: the program did not compile, or the command asked for something that is not there. */
    static final int EXIT_NOT_RUN = 2;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--lesson", paramLabel = "ID", description = "a lesson id (see `lessons`)")
        String lesson;
        @Option(names = "--main", paramLabel = "CLASS", description = "a class with main(String[])")
        String mainClass;
        @Option(names = "--source", paramLabel = "FILE.java",
                description = "your own single-file program: compiled in memory against ProcLab's API, then run like --main")
        Path source;
    }

    @Option(names = "--variant", paramLabel = "ID", description = "a variant of the lesson")
    String variant;

    // ';' and the system's separator: on Windows that is ';' alone, so C:\dir stays whole
    @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH", split = "[;${sys:path.separator}]",
            description = "where the classes of --main are (directories or jars)")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--trace", paramLabel = "FILE", description = "write the event log to FILE as JSON lines, as the run goes (the file holds the run even if proclab is killed)")
    Path trace;

    @Option(names = "--chrome-trace", paramLabel = "FILE",
            description = "also write the run in Chrome's trace event format (opens in Perfetto)")
    Path chromeTrace;

    @Option(names = "--start-method", paramLabel = "fork|spawn", defaultValue = "fork",
            description = "which handles a new child starts with (default: ${DEFAULT-VALUE})")
    String startMethod;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "600",
            description = "stop every process after S seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--repeat", paramLabel = "N",
            description = "run N times (--timeout applies to each run) and print how often each outcome came out")
    Integer repeat;

    @Parameters(paramLabel = "ARGS", description = "arguments for the program (after --)")
    List<String> args = new ArrayList<>();

    private String what; // the program, as the spread's heading names it
    private Script script; // the lesson's, for its predictions; null for --main and --source

    @Override
    public Integer call() throws IOException, InterruptedException {
        StartMethod method;
        try {
            method = StartMethod.valueOf(startMethod.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("proclab: --start-method must be fork or spawn, not " + startMethod);
            return EXIT_NOT_RUN;
        }
        if (target.source != null) {
            return runSource(method);
        }
        ProgramSpec spec = resolve(method);
        if (spec == null) {
            return EXIT_NOT_RUN;
        }
        return run(spec);
    }

    /**
     * {@code --source}: compiles the file, prints its problems as {@code FILE:LINE: message} (javac's form),
     * and runs it from a private run directory that is deleted after the run.
     */
    private int runSource(StartMethod method) throws IOException, InterruptedException {
        if (!classpath.isEmpty()) {
            System.err.println("proclab: --classpath goes with --main; a --source program is compiled against ProcLab's API alone");
            return EXIT_NOT_RUN;
        }
        Compilation program = SourceRun.compile(target.source, System.err);
        if (program == null) {
            return EXIT_NOT_RUN;
        }
        what = target.source.getFileName().toString();
        try (RunDirectory dir = RunDirectory.of(program)) {
            return run(new ProgramSpec(program.mainClass(), List.of(dir.path()), args, method));
        }
    }

    private int run(ProgramSpec spec) throws IOException, InterruptedException {
        if (repeat != null) {
            return repeat(spec);
        }
        Session session = Session.open(spec.startMethod());
        EventLog log = session.eventLog();
        try (log; session) { // the session ends first, then the log writes its last events
            if (trace != null && !streamTraceTo(log)) {
                return 2;
            }
            OutputEcho echo = new OutputEcho(System.out, System.err);
            log.addListener(echo);
            session.stopWhenDeadlocked();
            session.launch(spec);
            RunResult result = session.await(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
            echo.drain();
            if (chromeTrace != null) {
                ChromeTrace.write(log.snapshot(), chromeTrace);
            }
            if ("deadlock".equals(result.stoppedBy())) {
                return EXIT_DEADLOCK;
            }
            if ("timeout".equals(result.stoppedBy())) {
                System.err.printf("proclab: stopped every process after the %s s time-out%n", fmt(timeoutSeconds));
                return EXIT_TIMEOUT;
            }
            return result.exitCode() == null ? 1 : result.exitCode() & 0xff;
        } finally {
            if (trace != null && log.writeFailure() != null) {
                System.err.println("proclab: the trace " + trace + " lacks the run's last events: " + why(log.writeFailure()));
            }
        }
    }

    /**
     * Streams the log to {@code --trace FILE} from the start, so the file holds the run even if this
     * command is killed. Says so and returns false if the file cannot be written.
     */
    private boolean streamTraceTo(EventLog log) {
        try {
            log.keepAs(trace);
            return true;
        } catch (IOException e) {
            System.err.println("proclab: cannot write the trace to " + trace + ": " + why(e));
            return false;
        }
    }

    private static String why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Runs the program {@code --repeat} times without echoing its output, then prints the spread. */
    private int repeat(ProgramSpec spec) throws InterruptedException {
        if (repeat < 1) {
            System.err.println("proclab: --repeat must be at least 1, not " + repeat);
            return 2;
        }
        if (trace != null || chromeTrace != null) {
            System.err.println("proclab: --trace and --chrome-trace record one run; they do not go with --repeat");
            return 2;
        }
        RepeatRuns runs = new RepeatRuns(spec, script, repeat, Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        RepeatRuns.Result result;
        try {
            result = runs.run(new RepeatRuns.Progress() {
                @Override
                public void ended(int index, int total, Outcome o) {
                    System.err.printf("proclab: run %d of %d ended%s%n", index, total, switch (o.ending()) {
                        case OK -> "";
                        case EXIT_CODE -> " with exit code " + o.exitCode();
                        case DEADLOCK -> " in a deadlock";
                        case TIMEOUT -> " at the time-out";
                    });
                }
            });
        } catch (IOException e) {
            System.err.println("proclab: could not start a run: " + e.getMessage());
            return 1;
        }
        System.out.print(SpreadReport.of(what, result.spread(), script, java.util.Locale.getDefault())); // as the system speaks
        System.out.flush();
        return 0;
    }

    private ProgramSpec resolve(StartMethod method) {
        if (target.mainClass != null) {
            what = target.mainClass;
            return new ProgramSpec(target.mainClass, classpath, args, method);
        }
        LessonCatalog catalog = LessonCatalog.builtIn();
        Lesson lesson = catalog.find(target.lesson).orElse(null);
        if (lesson == null) {
            System.err.println("proclab: no lesson \"" + target.lesson + "\"; `proclab lessons` lists them");
            return null;
        }
        Lesson.Variant v = null;
        if (variant != null) {
            v = lesson.variant(variant).orElse(null);
            if (v == null) {
                System.err.println("proclab: lesson " + lesson.id() + " has no variant \"" + variant + "\"");
                return null;
            }
        }
        List<String> programArgs = args.isEmpty() ? lesson.argsFor(v) : args;
        what = v == null ? lesson.id() : org.proclab.i18n.Messages.text(
                org.proclab.i18n.Messages.bundle(java.util.Locale.getDefault()), "spread.lessonVariant", lesson.id(), v.id());
        script = lesson.scriptFor(v);
        return new ProgramSpec(lesson.programFor(v), classpath, programArgs, method);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
