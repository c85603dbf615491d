package org.proclab.mp;

/** {@link AsyncResult#get(double)} ran out of time, like Python's {@code multiprocessing.TimeoutError}. */
public class TimeoutError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TimeoutError(String message) {
        super(message);
    }
}
