package org.proclab.kernel;

import java.time.Duration;

/**
 * How a run ended. {@code exitCode} is the main process's (null if unknown); {@code stoppedBy} says who
 * ended it early: null when it ended by itself, else "user", "timeout", "deadlock" or "app closing".
 */
public record RunResult(long mainPid, Integer exitCode, String stoppedBy, Duration duration) {
    public boolean stoppedEarly() {
        return stoppedBy != null;
    }
}
