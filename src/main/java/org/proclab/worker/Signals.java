package org.proclab.worker;

// javac warns about this import under -Xlint:all: no public Java API catches SIGTERM, and Python semantics need it
import sun.misc.Signal;

/**
 * SIGTERM handling for workers. Python reports a child stopped by {@code terminate()} with exit code
 * -15; a JVM would exit with 143 after running its shutdown hooks, so we catch the signal, tell the
 * kernel, and stop at once (Python's default action runs no cleanup either).
 */
final class Signals {
    private Signals() {}

    /**
     * Whether the JVM is shutting down because of a signal it handled itself (SIGTERM before {@link #onTerminate}
     * took over, SIGINT, SIGHUP) rather than System.exit: its own handler calls exit from a thread it names
     * "SIGTERM handler", alive until the shutdown hooks end.
     */
    static boolean shutdownBySignal() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .anyMatch(n -> n.equals("SIGTERM handler") || n.equals("SIGINT handler") || n.equals("SIGHUP handler"));
    }

    static void onTerminate(Runnable action) {
        try {
            Signal.handle(new Signal("TERM"), s -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGTERM on this platform (Windows): the exit code then comes from the OS
        }
    }
}
