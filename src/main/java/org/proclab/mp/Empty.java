package org.proclab.mp;

/** Thrown by {@link Queue#get(double)} when nothing arrived in time, like Python's {@code queue.Empty}. */
public class Empty extends Exception {
    private static final long serialVersionUID = 1L;

    public Empty(String message) {
        super(message);
    }
}
