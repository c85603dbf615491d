package org.proclab.programs.payload;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Pool;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/** Messages over 64 MiB fail in the sender, which goes on; the receiver gets the next message. */
public class TooLargeMessage {
    public static void main(String[] args) throws Exception {
        Pipe p = Pipe.open();
        Connection a = p.first();
        Connection b = p.second();
        Queue<Object> q = new Queue<>();
        Process child = new Process("receiver", () -> {
            System.out.println("recv " + b.recv());
            System.out.println("get " + q.get());
        });
        child.start();
        try {
            a.sendBytes(new byte[65 << 20]);
        } catch (IllegalArgumentException e) {
            System.out.println("sendBytes: " + e.getMessage());
        }
        try {
            List<byte[]> chunks = new ArrayList<>();
            for (int i = 0; i < 65; i++) {
                chunks.add(new byte[1 << 20]);
            }
            q.put(chunks);
        } catch (IllegalArgumentException e) {
            System.out.println("put: " + e.getMessage());
        }
        Pool pool = new Pool(1);
        try {
            pool.apply(x -> x.length, new byte[65 << 20]);
        } catch (IllegalArgumentException e) {
            System.out.println("apply: " + e.getMessage());
        }
        pool.close();
        pool.join();
        a.send("small");
        q.put("small");
        child.join();
        System.out.println("receiver exit " + child.exitCode());
    }
}
