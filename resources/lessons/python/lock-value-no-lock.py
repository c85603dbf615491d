"""
Lesson 4, variant: the same job without the lock. A read and a write of the value are two steps,
and the other process may run in between, so an addition can be lost. (Value has a lock of its own,
but it guards each read and each write alone, not the two together.)
"""
import time
from multiprocessing import Process, Value


def job(v, num):
    for _ in range(5):
        time.sleep(0.1)
        now = v.value                   # step 1: read
        v.value = now + num             # step 2: write (another process may have written meanwhile)


if __name__ == "__main__":
    v = Value("i", 0)
    p1 = Process(target=job, args=(v, 1))
    p2 = Process(target=job, args=(v, 3))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print(f"final value: {v.value} (20 if no update was lost)")
