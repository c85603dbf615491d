package org.proclab.ui.ipc;

/**
 * A process waiting in a blocking call on an object.
 *
 * @param pid      the waiting process
 * @param object   what it waits on: a pipe end, a queue or a lock
 * @param call     the call, as the kernel names it: recv(), poll(), get(), put(), acquire()
 * @param sinceSeq the BLOCK event
 */
public record Wait(long pid, String object, String call, long sinceSeq) {
}
