package org.proclab.mp;

/**
 * A task of a {@link Pool} failed in its worker process. The message holds the worker's exception:
 * its class, its message and its stack trace, as Python shows a "remote traceback".
 */
public class TaskError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String remoteClass;

    public TaskError(String remoteClass, String message) {
        super(message);
        this.remoteClass = remoteClass;
    }

    /** The class name of the exception thrown in the worker, or null if the worker itself died. */
    public String remoteClass() {
        return remoteClass;
    }
}
