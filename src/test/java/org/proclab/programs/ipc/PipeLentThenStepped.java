package org.proclab.programs.ipc;

import java.io.EOFException;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.programs.Cues;
import org.proclab.worker.WorkerRuntime;

/**
 * A ping-pong at full speed, its pipe lent to the two processes; once the test has switched to step mode (cue
 * "stepping"), one more exchange, each of its operations waiting for its turn: no copy is taken in step mode.
 */
public class PipeLentThenStepped {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        Process echo = new Process("echo", () -> {
            mine.close();
            try {
                while (true) {
                    theirs.send((Integer) theirs.recv() + 1);
                }
            } catch (EOFException end) {
                theirs.close();
            }
        });
        echo.start();
        theirs.close();
        for (int i = 0; i < 200; i++) {
            mine.send(i);
            mine.recv();
        }
        long copies = WorkerRuntime.get().client().pipeLinks().copiesTaken();
        System.out.println("took copies at full speed " + (copies > 0));
        Cues.await(args[0], "stepping");
        mine.send(1000);
        int back = mine.recv();
        long since = WorkerRuntime.get().client().pipeLinks().copiesTaken() - copies;
        System.out.println("in step mode got " + back + ", copies taken since " + since);
        mine.close();
        echo.join();
    }
}
