"""
Lesson 5: a pool. Five worker processes serve ten tasks of two seconds each: five run at once,
five wait for a free worker. Each result comes back to a callback.
"""
import os
import time
from multiprocessing import Pool


def work(i):
    time.sleep(2)
    return i + 100


if __name__ == "__main__":
    print(f"parent pid {os.getpid()}")
    pool = Pool(5)               # starts five workers and returns at once (ProcLab's waits until they are ready)
    t0 = time.perf_counter()
    for i in range(10):
        pool.apply_async(work, (i,),
                         callback=lambda result: print(f"callback got {result} in pid {os.getpid()}"))
    pool.close()                 # no more tasks
    pool.join()                  # wait until all tasks are done and the workers have exited
    print(f"all done after {time.perf_counter() - t0:.1f} s")
