package org.proclab.programs.ipc;

import java.io.IOException;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;

/** Pipe rules within one process; prints one line per check. */
public class PipeSemantics {
    static void expectIo(String name, Action a) {
        try {
            a.run();
            System.out.println(name + ": no exception");
        } catch (IOException e) {
            System.out.println(name + ": IOException " + e.getMessage());
        }
    }

    interface Action {
        void run() throws IOException;
    }

    public static void main(String[] args) throws IOException {
        Pipe duplex = Pipe.open();
        Connection a = duplex.first();
        Connection b = duplex.second();
        a.send(1);
        b.send("x");
        System.out.println("b got " + b.recv() + ", a got " + a.recv());
        for (int i = 0; i < 1000; i++) {
            a.send(i);
        }
        boolean inOrder = true;
        for (int i = 0; i < 1000; i++) {
            inOrder &= (int) b.recv() == i;
        }
        System.out.println("1000 in order: " + inOrder);

        Pipe oneWay = Pipe.open(false);
        Connection r = oneWay.first();
        Connection w = oneWay.second();
        expectIo("send on receive-only", () -> r.send(1));
        expectIo("recv on send-only", () -> w.recv());
        long t0 = System.nanoTime();
        boolean ready = r.poll(0.3);
        System.out.println("poll(0.3) on empty: " + ready + " after >= 0.3 s: " + (System.nanoTime() - t0 >= 290_000_000L));
        w.send("hi");
        System.out.println("poll() after send: " + r.poll());
        w.sendBytes(new byte[] {1, 2, 3});
        System.out.println("recv: " + r.recv() + ", recvBytes length: " + r.recvBytes().length);

        w.close();
        w.close();
        System.out.println("closed twice: " + w.closed());
        expectIo("send on closed", () -> w.send(1));
        expectIo("recv at eof", () -> r.recv());
    }
}
