package org.proclab.kernel;

import org.proclab.wire.Wire;

/**
 * How a process ended, as Python reports it, from what the kernel heard: the code the worker reported in
 * its last words, and the operating system's status. Pure.
 *
 * @param code the exit code (0, 1, n from {@code System.exit(n)}, -signal), or null if unknown
 * @param how  in words: returned, terminated (SIGTERM), killed by signal 9, System.exit(3), exited
 */
record ExitStatus(Integer code, String how) {

    /**
     * The exit status, or null while it cannot be told yet. A worker that ends by itself reports its code
     * (0 or 1, -15 on SIGTERM); a JVM killed by a signal reports nothing and its OS status 128+n becomes -n;
     * after {@code System.exit(n)} the OS status is n.
     */
    static ExitStatus of(Integer reported, Integer osStatus, boolean viaSystemExit) {
        if (reported != null) {
            return new ExitStatus(reported, reported == Wire.EXIT_SIGTERM ? "terminated (SIGTERM)" : "returned");
        }
        if (osStatus == null) {
            return null;
        }
        int s = osStatus;
        if (!viaSystemExit && s > 128 && s < 128 + 65) {
            return new ExitStatus(-(s - 128), "killed by signal " + (s - 128));
        }
        return new ExitStatus(s, viaSystemExit ? "System.exit(" + s + ")" : "exited");
    }
}
