package org.proclab.programs.sync;

import org.proclab.mp.Event;
import org.proclab.mp.Process;

/** A hang: the child waits for an event that only the main process could set, and main waits in join(). */
public class EventNobodySets {
    public static void main(String[] args) {
        Event ready = new Event();
        Process waiter = new Process("waiter", () -> ready.await());
        waiter.start();
        waiter.join();      // forgot ready.set() before join()
    }
}
