package org.proclab.mp;

import org.proclab.worker.ChildTask;

/**
 * The work a {@link Process} runs, usually written as a lambda: {@code new Process(() -> greet("bob"))}.
 * It is serializable because it travels to the child JVM, together with the values it captures.
 */
@FunctionalInterface
public interface Task extends ChildTask {
    @Override
    void run() throws Exception;
}
