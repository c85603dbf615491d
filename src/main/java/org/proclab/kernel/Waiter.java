package org.proclab.kernel;

import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/** A blocking call the kernel has not answered yet: a join, recv, send, get, put, acquire or pool wait. */
final class Waiter {
    final OpRequest req;
    final ProcessRecord process;
    final double timeoutSeconds;
    /** What it waits on, for people: "recv() on pipe-1:0". */
    final String description;
    /** The object and call of its BLOCK event, so that its end can be told too. */
    final String obj;
    final String call;
    ScheduledFuture<?> timer;
    /**
     * Takes it off its object's waiting list when its thread is interrupted; as at a time-out unless the
     * object says otherwise (a poll that times out answers false, one interrupted does not answer).
     */
    Consumer<Waiter> leave;
    /** For a send or put waiting for room: the item it hands over. */
    IpcObject.Item item;
    /**
     * For a wait on many things at once (a pool's map() waits for each of its tasks): how many of them, from
     * the first, are known to be done. They stay done, so each check goes on from there.
     */
    int doneSoFar;
    /** A send already in the pipe, larger than the pipe: it returns once the reader has taken it. */
    boolean draining;

    Waiter(OpRequest req, ProcessRecord process, String obj, String call, String description, double timeoutSeconds) {
        this.req = req;
        this.process = process;
        this.obj = obj;
        this.call = call;
        this.description = description;
        this.timeoutSeconds = timeoutSeconds;
    }

    boolean untimed() {
        return timeoutSeconds < 0;
    }
}
