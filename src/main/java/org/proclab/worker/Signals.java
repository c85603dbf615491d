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

    static void onTerminate(Runnable action) {
        try {
            Signal.handle(new Signal("TERM"), s -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGTERM on this platform (Windows): the exit code then comes from the OS
        }
    }
}
