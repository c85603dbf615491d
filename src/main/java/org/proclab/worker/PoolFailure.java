package org.proclab.worker;

import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;

/** How a pool task failed in its worker: enough to rebuild a readable error in the pool's owner. */
public record PoolFailure(String className, String message, String trace) implements Serializable {
    static PoolFailure of(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return new PoolFailure(t.getClass().getName(), t.getMessage(), trace.toString());
    }
}
