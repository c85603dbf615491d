package org.proclab.lessons.queue;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Lesson 2: a queue between processes. The producer puts a list, then later a word; the consumer
 * sleeps, gets the list that waited in the queue, then waits (blocked in get) for the word.
 */
public class QueueLesson {

    static void produce(Queue<Object> q) {
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3));
        System.out.println("producer: putting " + numbers);
        q.put((java.io.Serializable) numbers);      // returns at once: the list waits in the queue
        MP.sleep(3);
        System.out.println("producer: putting 'done'");
        q.put("done");
    }

    static void consume(Queue<Object> q) {
        MP.sleep(1.5);                              // meanwhile the list waits in the queue
        Object first = q.get();
        System.out.println("consumer: got " + first);
        Object second = q.get();                    // the queue is empty: get() waits here
        System.out.println("consumer: got " + second);
    }

    public static void main(String[] args) {
        Queue<Object> q = new Queue<>();
        Process producer = new Process("producer", () -> produce(q));
        Process consumer = new Process("consumer", () -> consume(q));
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("both done");
    }
}
