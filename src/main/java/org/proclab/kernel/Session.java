package org.proclab.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.trace.EventLog;
import org.proclab.files.PrivateDirectory;
import org.proclab.wire.Wire;
import org.proclab.worker.WorkerMain;
import org.proclab.worker.JavaExecutable;

/**
 * One run of a program under ProcLab: a kernel with its private control socket, the program's main
 * process, every process it starts, and the event log. Closing a session ends all of its processes.
 */
public final class Session implements AutoCloseable {
    /** The heap limit of every worker JVM: room for the largest message (64 MiB) twice over, and the program. */
    public static final String WORKER_HEAP = "256m";
    /**
     * The heap a worker JVM starts with; it grows up to {@link #WORKER_HEAP} as the program needs. Small, so the
     * young generation, where new objects are made (a third of the heap), stays small and a worker keeps re-using
     * the same few pages: by default the JVM starts with a 64th of the machine's memory (256 MB with 16 GB or
     * more, an 85 MB young generation), and a short-lived worker then touches fresh pages for most of its life,
     * each a page fault (a quarter of a pool worker's time in a map of small tasks on the development machine).
     */
    public static final String WORKER_FIRST_HEAP = "16m";
    /** Small-footprint flags for worker JVMs: quick start, little memory, no perf-data file. */
    public static final String DEFAULT_WORKER_FLAGS =
            "-XX:+UseSerialGC -Xms" + WORKER_FIRST_HEAP + " -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -Xss512k -Xmx" + WORKER_HEAP;

    private final Path dir;
    private final String token;
    private final EventLog log = new EventLog();
    private volatile boolean leaveLogOpen;
    private final Kernel kernel;
    private final ControlEndpoint endpoint;
    private final String workerFlags;
    private final long startNanos = System.nanoTime();
    private volatile long mainPid;
    private volatile java.lang.Process mainProcess;
    private volatile String stoppedBy;
    private volatile boolean closed;

    private Session(StartMethod startMethod, String workerFlags) throws IOException {
        this.dir = privateDirectory();
        this.token = newToken();
        this.workerFlags = workerFlags;
        this.kernel = new Kernel(log, startMethod.id(), dir);
        this.endpoint = new ControlEndpoint(dir, token, kernel);
    }

    public static Session open() throws IOException {
        return open(StartMethod.FORK);
    }

    /** Worker JVMs get {@link #DEFAULT_WORKER_FLAGS}, or the flags in {@code PROCLAB_JVM_FLAGS} if it is set. */
    public static Session open(StartMethod startMethod) throws IOException {
        String custom = System.getenv(Wire.ENV_JVM_FLAGS);
        return new Session(startMethod, custom == null || custom.isBlank() ? DEFAULT_WORKER_FLAGS : custom);
    }

    public static Session open(StartMethod startMethod, String workerFlags) throws IOException {
        return new Session(startMethod, workerFlags);
    }

    public EventLog eventLog() {
        return log;
    }

    /** The private directory holding the control socket; only this user may open it. */
    public Path directory() {
        return dir;
    }

    /** Free, slow-motion and step modes, and the operations waiting for their turn. */
    public Scheduler scheduler() {
        return kernel.scheduler;
    }

    Kernel kernel() {
        return kernel;
    }

    /** The session token, for tests that play a worker on the socket. */
    String token() {
        return token;
    }

    /** Starts the program's main process and returns its pid. */
    public long launch(ProgramSpec spec) throws IOException {
        if (mainProcess != null) {
            throw new IllegalStateException("a session runs one program");
        }
        String flags = workerFlags;
        List<String> jna = JnaFlags.flags();
        if (!jna.isEmpty()) {
            flags = flags + " " + String.join(" ", jna);
        }
        List<String> archive = WorkerArchive.flags(proclabClasspath(), workerClasspath(List.of()), flags);
        if (!archive.isEmpty()) {
            flags = flags + " " + String.join(" ", archive);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaExecutable.current().toString());
        cmd.addAll(List.of(flags.trim().split("\\s+")));
        cmd.add("-cp");
        cmd.add(workerClasspath(spec.classpath()));
        cmd.add(WorkerMain.class.getName());
        cmd.add("main");
        cmd.add(spec.mainClass());
        cmd.addAll(spec.args());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put(Wire.ENV_SOCKET, endpoint.socket().toString());
        env.put(Wire.ENV_TOKEN, token);
        env.put(Wire.ENV_START_METHOD, spec.startMethod().id());
        env.put(Wire.ENV_JVM_FLAGS, flags);
        File rawLog = kernel.rawLogs().ofMain().toFile();
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(rawLog));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")));
        java.lang.Process p;
        synchronized (kernel) {
            p = pb.start();
            mainProcess = p;
            mainPid = p.pid();
            kernel.births.registerMain(mainPid, ProcessIdentity.of(p.toHandle()).orElse(null));
        }
        long pid = mainPid;
        p.onExit().thenAccept(done -> kernel.mainExited(pid, done.exitValue()));
        return pid;
    }

    /**
     * Ends every process as soon as a deadlock is certain, recording "deadlock" as who stopped the run.
     * The command line does this; the app leaves the processes for the student to inspect.
     */
    public void stopWhenDeadlocked() {
        log.addListener(e -> {
            if (e.kind() == EventKind.DEADLOCK) {
                Thread t = new Thread(() -> stop("deadlock"), "proclab-deadlock-stop");
                t.setDaemon(true);
                t.start();
            }
        });
    }

    public long mainPid() {
        return mainPid;
    }

    /**
     * Waits until the main process and every other process of the session have ended, or the time is up;
     * then stops whatever is left (recording "timeout") and says how the run ended.
     */
    public RunResult await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean ended = kernel.awaitExit(mainPid, Math.max(1, (deadline - System.nanoTime()) / 1_000_000))
                && kernel.awaitAllEnded(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        if (!ended) {
            stop("timeout");
            kernel.awaitExit(mainPid, 3000);
        }
        return result();
    }

    /**
     * Waits up to {@code millis} for the main process and every other process to end, stopping nothing;
     * true once they have. Returns as soon as they end (the kernel signals each exit), so a caller that
     * loops on it never polls.
     */
    public boolean awaitFinished(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        return mainProcess != null
                && kernel.awaitExit(mainPid, Math.max(1, (deadline - System.nanoTime()) / 1_000_000))
                && kernel.awaitAllEnded(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }

    /**
     * The caller reads the event log after {@link #close()} and lets it go when done: close leaves it open
     * (a log whose file is temporary would delete it). An unreachable log still ends its writer and file.
     */
    public void leaveLogOpen() {
        leaveLogOpen = true;
    }

    public RunResult result() {
        return new RunResult(mainPid, kernel.exitCode(mainPid), stoppedBy,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    public boolean isFinished() {
        return mainProcess != null && kernel.livePids().isEmpty();
    }

    /**
     * Ends every process of the session: SIGTERM first, SIGKILL a second later for any still running.
     * {@code by} is recorded in the log and in the result (user, timeout, deadlock, app closing).
     */
    public void stop(String by) {
        synchronized (this) {
            if (stoppedBy == null) {
                stoppedBy = by;
                log.append(0, EventKind.STOP, null, by, Event.NO_NUM);
            }
        }
        kernel.stopping();
        List<ProcessHandle> targets = targets();
        targets.forEach(ProcessHandle::destroy);
        long deadline = System.currentTimeMillis() + 1000;
        for (ProcessHandle h : targets) {
            try {
                h.onExit().get(Math.max(1, deadline - System.currentTimeMillis()), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        kernel.settleVanished();
    }

    /**
     * The processes a stop may signal: the main process and its descendants as the operating system sees
     * them, and the processes the kernel verified when they started (pid and start instant, so an orphan
     * adopted elsewhere is still found and a reused pid never is). Never a pid a worker merely claimed.
     */
    private List<ProcessHandle> targets() {
        List<ProcessHandle> out = new ArrayList<>();
        java.lang.Process main = mainProcess;
        if (main != null) {
            main.descendants().forEach(out::add);
            out.add(main.toHandle());
        }
        for (ProcessIdentity id : kernel.verifiedLive()) {
            id.handle().filter(h -> !out.contains(h)).ifPresent(out::add);
        }
        out.removeIf(h -> !h.isAlive());
        return out;
    }

    /** Switches between full speed and one operation at a time (step and slow-motion modes). */
    public void setSynchronous(boolean synchronous) {
        kernel.setSynchronous(synchronous);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!kernel.livePids().isEmpty()) {
            stop("app closing");
        }
        List<ProcessHandle> left = targets();
        kernel.shutdown();
        endpoint.close();
        left.forEach(ProcessHandle::destroyForcibly);
        deleteQuietly(dir);
        if (!leaveLogOpen) {
            log.close(); // its file goes, unless the run's trace was kept (keepAs)
        }
    }

    /**
     * The class path of worker JVMs: ProcLab's own classes (never the UI libraries), JNA if the app has it
     * (lesson 6's walker lists directories with it; without it the walker asks Java), plus the program's.
     */
    static String workerClasspath(List<Path> programClasspath) {
        List<String> parts = new ArrayList<>();
        parts.add(proclabClasspath());
        org.proclab.worker.WorkerLibraries.jna().ifPresent(jna -> parts.add(jna.toString()));
        for (Path p : programClasspath) {
            parts.add(p.toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Where ProcLab's own classes are: its jar, or target/classes when run from the build. */
    static String proclabClasspath() {
        try {
            return Path.of(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate ProcLab's classes", e);
        }
    }

    /** SESSION_PREFIX + a short random name: a socket's path must fit in about 100 bytes. */
    private static final String SESSION_PREFIX = "session-";
    private static volatile boolean staleCleaned;

    /**
     * The run's private directory, in ProcLab's per-user directory (only this user may enter it). The first
     * session of this JVM removes the directories of runs whose app is gone (killed, say). If the per-user
     * directory cannot be used (it belongs to someone else), a private temporary directory instead.
     */
    private static Path privateDirectory() throws IOException {
        try {
            PrivateDirectory home = PrivateDirectory.forUser();
            if (!staleCleaned) {
                staleCleaned = true;
                home.deleteStale(SESSION_PREFIX);
            }
            return home.createOwned(SESSION_PREFIX);
        } catch (IOException | SecurityException e) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempDirectory("proclab-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createTempDirectory("proclab-");
        }
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (!PrivateDirectory.forUser().delete(dir)) {
                deleteTree(dir);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(dir);
        }
    }

    /** The fallback directory's removal: never follows a link (Files.walk does not). */
    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // a file went away meanwhile, or the directory is gone: nothing left to do
        }
    }
}
