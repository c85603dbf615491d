package org.proclab.worker;

import java.io.Serializable;

/** What a child process runs; the public API's {@code Task} is one. Serializable: it travels to the child. */
@FunctionalInterface
public interface ChildTask extends Serializable {
    void run() throws Exception;
}
