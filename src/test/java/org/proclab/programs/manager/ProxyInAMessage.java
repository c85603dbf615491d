package org.proclab.programs.manager;

import org.proclab.mp.DictProxy;
import org.proclab.mp.Manager;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Run with the spawn start method: a child that captured only a queue gets a dict proxy inside a message, and
 * may use it from then on, as Python's proxies are pickled into a queue.
 */
public class ProxyInAMessage {
    public static void main(String[] args) {
        try (Manager m = new Manager()) {
            DictProxy<String, String> d = m.dict();
            Queue<DictProxy<String, String>> q = new Queue<>();
            Process child = new Process("child", () -> q.get().put("from", "child"));
            child.start();
            q.put(d);
            child.join();
            System.out.println("child exit " + child.exitCode() + ", dict " + d.copy());
        }
    }
}
