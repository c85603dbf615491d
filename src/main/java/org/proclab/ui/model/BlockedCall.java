package org.proclab.ui.model;

/**
 * A blocking call a process's main thread is waiting in, as a BLOCK event told it.
 *
 * @param call     the call, as the kernel names it: recv(), get(), put(), acquire(), join(), poll(), next task
 * @param object   what it waits on: a pipe end ("pipe-1:0"), a queue, a lock, a pool, or a child's pid for join()
 * @param label    the object as the tree shows it: a child's name and pid for join(), else the object itself
 * @param sinceSeq the BLOCK event
 */
public record BlockedCall(String call, String object, String label, long sinceSeq) {

    /** A worker waiting for its pool to hand it a task. */
    public boolean waitsForTask() {
        return "next task".equals(call);
    }
}
