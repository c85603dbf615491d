package org.proclab.worker;

import java.io.Serializable;

/** One unit of pool work as a worker runs it: a function applied to an argument, or to a chunk of them. */
public interface PoolJob extends Serializable {
    Object run() throws Exception;
}
