package org.proclab.worker;

import java.io.IOException;
import java.io.Serializable;

/** One unit of pool work as a worker runs it: a function applied to an argument, or to a chunk of them. */
public interface PoolJob extends Serializable {
    Object run() throws Exception;

    /**
     * The job's function if it holds no state ({@link TaskPayload#isStateless}), so that it may travel apart
     * and be rebuilt once per worker; null to send the job whole.
     */
    default Object statelessFunction() {
        return null;
    }

    /**
     * All of this job but its function, as bytes, for a job whose function travels apart; a value that
     * cannot travel throws as {@link Payloads#serialize(Object, String)} does.
     */
    default byte[] restBytes() throws IOException {
        throw new UnsupportedOperationException("only a job whose function holds no state travels in parts");
    }

    /** Makes a job again in a worker from its function and the bytes of {@link #restBytes()}. */
    @FunctionalInterface
    interface Rebuilder {
        PoolJob rebuild(Object function, byte[] rest) throws IOException, ClassNotFoundException;
    }
}
