package org.proclab.programs.ipc;

import java.io.EOFException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.worker.WorkerRuntime;

/**
 * A pipe whose two ends two processes hold alone is lent to them: the writer's copies go straight to the reader.
 * Prints what each side got and whether it took copies: a ping-pong; one with large messages (not copied) and a
 * message carrying a pipe end (taken through the kernel); a one-way stream (taken from the kernel, many at once);
 * a writer that forks a helper holding its end (the loan is asked back, and the helper's message comes in its
 * place); a writer killed mid-stream.
 */
public class LentPipe {
    public static void main(String[] args) throws Exception {
        pingPong();
        mixed();
        stream();
        forkedHelper();
        killedWriter();
    }

    private static long copies() {
        return WorkerRuntime.get().client().pipeLinks().copiesTaken();
    }

    private static void pingPong() throws Exception {
        Pipe pipe = Pipe.open();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        Process echo = new Process("echo", () -> {
            mine.close();
            int n = 0;
            try {
                while (true) {
                    Integer x = theirs.recv();
                    theirs.send(x + 1);
                    n++;
                }
            } catch (EOFException end) {
                System.out.println("echo answered " + n + ", took copies " + (copies() > 0));
            }
        });
        echo.start();
        theirs.close();
        long before = copies();
        boolean right = true;
        for (int i = 0; i < 2000; i++) {
            mine.send(i);
            int back = mine.recv();
            right &= back == i + 1;
        }
        mine.close();
        echo.join();
        System.out.println("ping-pong right " + right + ", took copies " + (copies() > before));
    }

    /** A ping-pong whose messages are small (copied), large (not copied) or carry a pipe end (through the kernel). */
    private static void mixed() throws Exception {
        Pipe pipe = Pipe.open();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        Process writer = new Process("writer", () -> {
            mine.close();
            Pipe side = Pipe.open(false);
            for (int i = 0; i < 300; i++) {
                if (i % 50 == 25) {
                    byte[] big = new byte[100_000];
                    Arrays.fill(big, (byte) i);
                    theirs.send(big);
                } else if (i == 150) {
                    theirs.send(side.first()); // carries a pipe end: it goes through the kernel
                } else {
                    theirs.send(i);
                }
                theirs.recv(); // the answer
            }
            side.second().send("through the end it sent");
            theirs.close();
        });
        writer.start();
        theirs.close();
        long before = copies();
        List<String> wrong = new ArrayList<>();
        Connection received = null;
        for (int i = 0; i < 300; i++) {
            Object m = mine.recv();
            if (i % 50 == 25) {
                byte[] big = (byte[]) m;
                if (big.length != 100_000 || big[99_999] != (byte) i) {
                    wrong.add(i + ": a wrong large message");
                }
            } else if (i == 150) {
                received = (Connection) m;
            } else if (!Integer.valueOf(i).equals(m)) {
                wrong.add(i + ": got " + m);
            }
            mine.send("ok");
        }
        boolean eof = false;
        try {
            mine.recv();
        } catch (EOFException end) {
            eof = true;
        }
        writer.join();
        System.out.println("mixed in order " + wrong + ", then EOF " + eof + ", took copies " + (copies() > before));
        System.out.println("the end it sent reads: " + received.recv());
    }

    /** A one-way stream: its reader takes it from the kernel, many messages an answer, not copy by copy. */
    private static void stream() throws Exception {
        Pipe pipe = Pipe.open(false);
        Connection in = pipe.first();
        Connection out = pipe.second();
        Process writer = new Process("streamer", () -> {
            in.close();
            for (int i = 0; i < 2000; i++) {
                out.send(i);
            }
            out.close();
        });
        writer.start();
        out.close();
        long before = copies();
        boolean inOrder = true;
        int n = 0;
        try {
            while (true) {
                inOrder &= (Integer) in.recv() == n;
                n++;
            }
        } catch (EOFException end) {
            writer.join();
        }
        System.out.println("stream of " + n + " in order " + inOrder + ", copies taken at most one "
                + (copies() - before <= 1));
    }

    private static void forkedHelper() throws Exception {
        Pipe pipe = Pipe.open();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        Process pong = new Process("pong", () -> {
            mine.close();
            for (int i = 0; i < 100; i++) {
                theirs.send((Integer) theirs.recv() + 1);
            }
            Process helper = new Process("helper", () -> theirs.send("from the helper"));
            helper.start(); // it holds the end too now: the pipe is the kernel's alone again
            helper.join();
            theirs.send("after the helper");
            for (int i = 0; i < 100; i++) {
                theirs.send((Integer) theirs.recv() + 1);
            }
        });
        pong.start();
        theirs.close();
        boolean right = true;
        for (int i = 0; i < 100; i++) {
            mine.send(i);
            right &= (Integer) mine.recv() == i + 1;
        }
        String first = mine.recv();
        String second = mine.recv();
        for (int i = 0; i < 100; i++) {
            mine.send(i);
            right &= (Integer) mine.recv() == i + 1;
        }
        pong.join();
        System.out.println("with a helper right " + right + ", then " + first + ", " + second);
    }

    private static void killedWriter() throws Exception {
        Pipe pipe = Pipe.open(false);
        Connection in = pipe.first();
        Connection out = pipe.second();
        Process flood = new Process("flood", () -> {
            in.close();
            for (int i = 0; ; i++) {
                out.send(i);
            }
        });
        flood.start();
        out.close();
        int n = 0;
        boolean inOrder = true;
        while (n < 500) {
            inOrder &= (Integer) in.recv() == n;
            n++;
        }
        flood.terminate();
        flood.join();
        try {
            while (true) {
                inOrder &= (Integer) in.recv() == n;
                n++;
            }
        } catch (EOFException end) {
            System.out.println("after the kill in order " + inOrder + ", then EOF; received " + n);
        }
    }
}
