package org.proclab.lessons.pipe;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Lesson 3: a pipe. After start() the child holds copies of both ends, so there are four handles.
 * Each side closes the end it does not use; the consumer sees end-of-file only when every write
 * handle, in every process, is closed.
 */
public class PipeLesson {

    static void consumer(Connection outputP, Connection inputP) throws IOException {
        inputP.close();                       // the consumer never writes: close its copy of the write end
        while (true) {
            try {
                Object item = outputP.recv();
                System.out.println("consumer got " + item);
            } catch (EOFException e) {
                break;                        // every write handle is closed: no more items can come
            }
        }
        System.out.println("consumer done");
    }

    static void producer(List<Integer> sequence, Connection inputP) throws IOException {
        for (int item : sequence) {
            inputP.send(item);
        }
    }

    public static void main(String[] args) throws IOException {
        Pipe pipe = Pipe.open();
        Connection outputP = pipe.first();
        Connection inputP = pipe.second();
        Process cons = new Process("consumer", () -> consumer(outputP, inputP));
        cons.start();                         // now the consumer holds copies of both ends too

        outputP.close();                      // the main program never reads: close its read end
        producer(List.of(1, 2, 3, 4), inputP);
        inputP.close();                       // done writing
        cons.join();
        System.out.println("main done");
    }
}
