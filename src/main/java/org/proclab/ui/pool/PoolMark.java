package org.proclab.ui.pool;

/**
 * A moment the pool's owner changed the pool: close(), terminate() or join().
 *
 * @param what  "close", "terminate" or "join"
 * @param nanos when (session time)
 */
public record PoolMark(String what, long nanos) {
}
