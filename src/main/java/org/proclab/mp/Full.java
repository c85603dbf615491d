package org.proclab.mp;

/** Thrown by {@link Queue#put(Object, double)} when a bounded queue stayed full, like Python's {@code queue.Full}. */
public class Full extends Exception {
    private static final long serialVersionUID = 1L;

    public Full(String message) {
        super(message);
    }
}
