package org.proclab.programs.manager;

import org.proclab.mp.LockProxy;
import org.proclab.mp.Manager;
import org.proclab.mp.Process;

/** The main process holds a manager's lock and joins a child that waits for it: nobody can go on. */
public class LockProxyHang {
    public static void main(String[] args) {
        try (Manager manager = new Manager()) {
            LockProxy lock = manager.lock();
            lock.acquire();
            Process child = new Process("child", lock::acquire);
            child.start();
            child.join();
        }
    }
}
