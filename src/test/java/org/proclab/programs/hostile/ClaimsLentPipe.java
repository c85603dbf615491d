package org.proclab.programs.hostile;

import java.lang.reflect.Field;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.wire.Op;
import org.proclab.worker.WorkerRuntime;

/**
 * A child says it took a message from the copy of a pipe that was never lent to it, another gives such a pipe
 * back: words no ProcLab program sends. The kernel ends each; the pipe's message stays for the parent.
 */
public class ClaimsLentPipe {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open();
        Connection a = pipe.first();
        Connection b = pipe.second();
        a.send("still here");
        Process taker = new Process("taker", () -> {
            WorkerRuntime.get().client().call(Op.PIPE_TOOK, handle(b), 0, 0, null, null, null);
            System.out.println("the kernel took it");
        });
        taker.start();
        taker.join();
        Process giver = new Process("giver", () -> {
            WorkerRuntime.get().client().call(Op.PIPE_GIVE_BACK, handle(b), 0, 0, null, null, null);
            System.out.println("the kernel took it");
        });
        giver.start();
        giver.join();
        System.out.println("exit codes " + taker.exitCode() + " " + giver.exitCode() + ", the pipe holds: " + b.recv());
    }

    private static long handle(Connection c) {
        try {
            Field f = Connection.class.getDeclaredField("handle");
            f.setAccessible(true);
            return (Long) f.get(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
