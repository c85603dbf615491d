"""
Lesson 7, variant: the same update of d["count"] without the lock. Each call is done whole in the manager
process, but a read and a write are two calls, and the other child may write between them.
"""
import time
from multiprocessing import Barrier, Manager, Process

TIMES = 5


def work(name, d, log, together):
    together.wait()                        # both children start their updates at the same time
    for i in range(TIMES):
        now = d["count"]                   # a call to the manager: read
        time.sleep(0.01)
        d["count"] = now + 1               # another call: write (the other child may have written meanwhile)
        log.append(f"{name} {i}")          # one call, done whole in the manager


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        log = manager.list()
        d["count"] = 0
        together = Barrier(2)
        a = Process(name="child-a", target=work, args=("a", d, log, together))
        b = Process(name="child-b", target=work, args=("b", d, log, together))
        a.start()
        b.start()
        a.join()
        b.join()
        print(f"count in the manager's dict: {d['count']} (10 if no update was lost)")
        print(f"entries in the manager's list: {len(log)}")
