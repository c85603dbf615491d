package org.proclab.lessons.queue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * Lesson 2: a queue between processes. The producer puts a list and ends; only then does the consumer
 * start, and it gets from the queue twice. The consumer tells the main program, through a second queue,
 * when its first get() has returned; only then does the main program put 'done', on a fast machine and
 * on a slow one alike.
 */
public class QueueLesson {

    static void produce(Queue<Object> q) {
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3));
        System.out.println("producer: putting " + numbers);
        q.put((Serializable) numbers);
    }

    static void consume(Queue<Object> q, Queue<String> replies) {
        MP.sleep(1.5);                              // a moment to look at the queue view
        Object first = q.get();
        System.out.println("consumer: got " + first);
        replies.put("the consumer took the list");  // tell the main program...
        Object second = q.get();                    // ...and wait here: the queue is empty until 'done' comes
        System.out.println("consumer: got " + second);
    }

    public static void main(String[] args) {
        Queue<Object> q = new Queue<>();
        Queue<String> replies = new Queue<>();
        Process producer = new Process("producer", () -> produce(q));
        Process consumer = new Process("consumer", () -> consume(q, replies));
        producer.start();
        producer.join();                            // the producer has put its list and ended
        consumer.start();
        System.out.println("main: " + replies.get());   // wait until the consumer has taken the list
        System.out.println("main: putting 'done'");
        q.put("done");                              // the consumer's second get() returns with it
        consumer.join();
        System.out.println("both done");
    }
}
