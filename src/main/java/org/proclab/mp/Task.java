package org.proclab.mp;

import java.io.Serializable;

/**
 * The work a {@link Process} runs, usually written as a lambda: {@code new Process(() -> greet("bob"))}.
 * It is serializable because it travels to the child JVM, together with the values it captures.
 */
@FunctionalInterface
public interface Task extends Serializable {
    void run() throws Exception;
}
