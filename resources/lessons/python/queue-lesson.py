"""
Lesson 2: a queue between processes. The producer puts a list and ends; only then does the consumer
start, and it gets from the queue twice. The consumer tells the main program, through a second queue,
when its first get() has returned; only then does the main program put 'done'.
"""
import time
from multiprocessing import Process, Queue


def produce(q):
    numbers = [1, 2, 3]
    print(f"producer: putting {numbers}")
    q.put(numbers)                              # a feeder thread writes it into the pipe; the producer ends only after that


def consume(q, replies):
    time.sleep(1.5)                             # a moment to look at the queue
    first = q.get()
    print(f"consumer: got {first}")
    replies.put("the consumer took the list")   # tell the main program...
    second = q.get()                            # ...and wait here: the queue is empty until 'done' comes
    print(f"consumer: got {second}")


if __name__ == "__main__":
    q = Queue()
    replies = Queue()
    producer = Process(name="producer", target=produce, args=(q,))
    consumer = Process(name="consumer", target=consume, args=(q, replies))
    producer.start()
    producer.join()                             # the producer has put its list and ended
    consumer.start()
    print("main: " + replies.get())             # wait until the consumer has taken the list
    print("main: putting 'done'")
    q.put("done")                               # the consumer's second get() returns with it
    consumer.join()
    print("both done")
