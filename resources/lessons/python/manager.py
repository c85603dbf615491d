"""
Lesson 7: a Manager. Its server process keeps a dict, a list and a lock; two children update them through
proxies, and every call travels to the manager process and back. Beside them, for comparison, a Value
(in shared memory) and a Queue (messages, not shared state).
"""
import time
from multiprocessing import Barrier, Manager, Process, Queue, Value

TIMES = 5


def work(name, d, log, lock, v, q, together):
    together.wait()                        # both children start their updates at the same time
    for i in range(TIMES):
        with lock:                         # the lock is kept in the manager process too
            now = d["count"]               # a call to the manager: read
            time.sleep(0.01)
            d["count"] = now + 1           # another call: write
        log.append(f"{name} {i}")          # one call, done whole in the manager
        with v.get_lock():
            v.value = v.value + 1          # the Value is in shared memory: no manager process involved
        q.put(f"{name} {i}")               # a message to the main process, not shared state


if __name__ == "__main__":
    with Manager() as manager:             # starts the manager's server process
        d = manager.dict()
        log = manager.list()
        lock = manager.Lock()
        d["count"] = 0
        v = Value("i", 0)
        q = Queue()
        together = Barrier(2)
        a = Process(name="child-a", target=work, args=("a", d, log, lock, v, q, together))
        b = Process(name="child-b", target=work, args=("b", d, log, lock, v, q, together))
        a.start()
        b.start()
        messages = 0
        for i in range(2 * TIMES):
            q.get()
            messages += 1
        a.join()
        b.join()
        print(f"count in the manager's dict: {d['count']} (10 if no update was lost)")
        print(f"entries in the manager's list: {len(log)}")
        print(f"Value in the kernel: {v.value}")
        print(f"messages through the Queue: {messages}")
