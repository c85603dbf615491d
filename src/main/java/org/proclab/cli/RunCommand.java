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
import org.proclab.trace.ChromeTrace;
import org.proclab.trace.TraceFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a lesson or any program written against the API, with real processes, headless. */
@Command(name = "run", description = {
        "Run a lesson or your own program with real processes; every process's output is shown with its name and pid.",
        "Exit code: the main program's; 3 after a deadlock; 124 after --timeout."})
final class RunCommand implements Callable<Integer> {
    static final int EXIT_DEADLOCK = 3;
    static final int EXIT_TIMEOUT = 124;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--lesson", paramLabel = "ID", description = "a lesson id (see `lessons`)")
        String lesson;
        @Option(names = "--main", paramLabel = "CLASS", description = "a class with main(String[])")
        String mainClass;
    }

    @Option(names = "--variant", paramLabel = "ID", description = "a variant of the lesson")
    String variant;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH", split = "[:;]",
            description = "where the classes of --main are (directories or jars)")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--trace", paramLabel = "FILE", description = "write the event log as JSON lines")
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

    @Parameters(paramLabel = "ARGS", description = "arguments for the program (after --)")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        StartMethod method;
        try {
            method = StartMethod.valueOf(startMethod.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("proclab: --start-method must be fork or spawn, not " + startMethod);
            return 2;
        }
        ProgramSpec spec = resolve(method);
        if (spec == null) {
            return 2;
        }
        try (Session session = Session.open(method)) {
            OutputEcho echo = new OutputEcho(System.out, System.err);
            session.eventLog().addListener(echo);
            session.stopWhenDeadlocked();
            session.launch(spec);
            RunResult result = session.await(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
            echo.drain();
            if (trace != null) {
                TraceFiles.write(session.eventLog().snapshot(), trace);
            }
            if (chromeTrace != null) {
                ChromeTrace.write(session.eventLog().snapshot(), chromeTrace);
            }
            if ("deadlock".equals(result.stoppedBy())) {
                return EXIT_DEADLOCK;
            }
            if ("timeout".equals(result.stoppedBy())) {
                System.err.printf("proclab: stopped every process after the %s s time-out%n", fmt(timeoutSeconds));
                return EXIT_TIMEOUT;
            }
            return result.exitCode() == null ? 1 : result.exitCode() & 0xff;
        }
    }

    private ProgramSpec resolve(StartMethod method) {
        if (target.mainClass != null) {
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
        return new ProgramSpec(lesson.programFor(v), classpath, programArgs, method);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
