package org.proclab.lessons.pipe;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Lesson 3, variant: the same program as lesson 3, except that the consumer forgets to close its copy
 * of the write end. Watch the handles of pipe-1:1 in the pipe view.
 */
public class ForgotToClose {

    static void consumer(Connection outputP, Connection inputP) throws IOException {
        // forgot: inputP.close();
        while (true) {
            try {
                Object item = outputP.recv();
                System.out.println("consumer got " + item);
            } catch (EOFException e) {
                break;
            }
        }
        System.out.println("consumer done");
    }

    public static void main(String[] args) throws IOException {
        Pipe pipe = Pipe.open();
        Connection outputP = pipe.first();
        Connection inputP = pipe.second();
        Process cons = new Process("consumer", () -> consumer(outputP, inputP));
        cons.start();

        outputP.close();
        for (int item : List.of(1, 2, 3, 4)) {
            inputP.send(item);
        }
        inputP.close();
        cons.join();                          // wait for the consumer's loop to end
        System.out.println("main done");
    }
}
