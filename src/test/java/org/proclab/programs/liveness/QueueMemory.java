package org.proclab.programs.liveness;

import org.proclab.mp.Queue;

/**
 * Puts 40 items of 100 KiB into a queue nobody reads. The kernel's memory for queued items is limited
 * (the test gives it 1 MiB): put() must block with an event saying why, and ProcLab then reports that
 * this process can never go on.
 */
public class QueueMemory {
    public static void main(String[] args) {
        Queue<byte[]> q = new Queue<>();
        for (int i = 0; i < 40; i++) {
            q.put(new byte[100 << 10]);
            System.out.println("put " + i);
        }
        System.out.println("all put");
    }
}
