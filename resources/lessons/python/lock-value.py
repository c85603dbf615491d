"""
Lesson 4: a shared value and a lock. Two processes add 1 and 3 to a shared integer five times
each; each holds the lock while it reads and writes the value.
"""
import time
from multiprocessing import Lock, Process, Value


def job(v, num, lock):
    lock.acquire()
    try:
        for _ in range(5):
            time.sleep(0.1)
            v.value = v.value + num     # a read, then a write: safe only while we hold the lock
            print(v.value)
    finally:
        lock.release()


if __name__ == "__main__":
    v = Value("i", 0)                   # 'i': a C int, shared between the processes
    lock = Lock()
    p1 = Process(target=job, args=(v, 1, lock))
    p2 = Process(target=job, args=(v, 3, lock))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print(f"final value: {v.value}")
