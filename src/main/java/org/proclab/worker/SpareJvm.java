package org.proclab.worker;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One child JVM started ahead of need, so that {@code Process.start()} does not wait for a JVM to boot.
 * It is a real child of this process, launched with a child's command line and environment; it loads
 * what a child needs and then waits on its standard input. The kernel does not know it, so no view and no
 * {@code activeChildren()} shows it. To become the next child it is handed one byte, after the kernel has
 * been told of the child: only then does it connect and say hello, as any child does, so the child's pid
 * is its pid and this process its parent. However this process ends, its spare ends too: killed on the
 * way out, or, if this process was killed, at the end of file of its standard input.
 *
 * <p>Not on Windows, where a file a process has open cannot be renamed (the spare's log becomes the
 * child's by a rename); {@code PROCLAB_SPARE_JVM=off} turns spares off too.
 */
final class SpareJvm {
    /** The byte that makes a spare the next child; end of file instead makes it exit. */
    private static final int GO = 'g';
    private static final boolean ENABLED = !System.getProperty("os.name").startsWith("Windows")
            && !"off".equals(System.getenv("PROCLAB_SPARE_JVM"));

    private static final Object LOCK = new Object();
    private static java.lang.Process waiting;
    private static Path waitingLog;
    private static int launched;
    private static int holds;
    private static boolean ending;

    private SpareJvm() {}

    /** Starts a spare unless one waits already, or this process is ending. */
    static void prepare() {
        if (!ENABLED) {
            return;
        }
        synchronized (LOCK) {
            if (ending || holds > 0 || waiting != null && waiting.isAlive()) {
                return;
            }
            dropLocked();
            WorkerRuntime runtime = WorkerRuntime.get();
            File log = ChildLauncher.spareLogFile(runtime.pid(), ++launched);
            try {
                waiting = ChildLauncher.launchSpare(log);
                waitingLog = log.toPath();
            } catch (IOException e) {
                // no spare this time: the next child starts its own JVM
            }
        }
    }

    /**
     * Runs {@code starts} (a pool's workers, which may take the spare) without starting a new spare meanwhile,
     * so that its boot does not compete with theirs. Nor after them: a pool's first tasks would compete with it
     * (a spare's boot took a twelfth of both cores during a {@code map} of 10,000 small tasks), and the program
     * may never start another process; its next {@code Process.start()} prepares one, as a first start does.
     */
    static void holdWhile(Runnable starts) {
        synchronized (LOCK) {
            holds++;
        }
        try {
            starts.run();
        } finally {
            synchronized (LOCK) {
                holds--;
            }
        }
    }

    /**
     * The spare, its JVM's log now the file {@code rawLog} of the child it is to become; null if none waits.
     * It runs nothing until {@link #go}.
     */
    static java.lang.Process take(File rawLog) {
        synchronized (LOCK) {
            java.lang.Process p = waiting;
            Path log = waitingLog;
            waiting = null;
            waitingLog = null;
            if (p == null) {
                return null;
            }
            try {
                if (p.isAlive()) {
                    // a rename: the JVM's open file goes with it, so what it printed so far stays
                    Files.move(log, rawLog.toPath(), StandardCopyOption.REPLACE_EXISTING);
                    return p;
                }
            } catch (IOException e) {
                // cannot hand its log on: start the child afresh
            }
            end(p, log);
            return null;
        }
    }

    /**
     * Lets a taken spare become the child the kernel now knows. If it died meanwhile, its exit tells the
     * kernel so, as for any child whose JVM could not start.
     */
    static void go(java.lang.Process p) {
        try (OutputStream in = p.getOutputStream()) {
            in.write(GO);
        } catch (IOException e) {
            // it is gone: see above
        }
    }

    /** Ends the waiting spare and starts no other: this process is ending. */
    static void discard() {
        synchronized (LOCK) {
            ending = true;
            dropLocked();
        }
    }

    /**
     * In the spare itself: warms up the child's path, then waits for its turn; returns when it is the next
     * child, exits when its parent closed its standard input or ended.
     */
    static void awaitTurn() {
        try {
            if (System.in.available() == 0) { // taken already: the child does this itself, once
                WarmUp.childPath();
            }
            if (System.in.read() == GO) {
                return;
            }
        } catch (Exception e) {
            // nothing to report to anyone: the parent starts its next child afresh
        }
        Runtime.getRuntime().halt(0);
    }

    private static void dropLocked() {
        if (waiting != null) {
            end(waiting, waitingLog);
            waiting = null;
            waitingLog = null;
        }
    }

    private static void end(java.lang.Process p, Path log) {
        p.destroyForcibly();
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // the session's directory goes at the end of the run, with this file in it
        }
    }
}
