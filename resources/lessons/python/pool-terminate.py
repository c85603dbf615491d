"""
Lesson 5, variant: terminate() in the middle of the run. Once the first five results are in, the
program calls terminate() while the other five tasks are still to finish.
"""
import time
from multiprocessing import Pool


def work(i):
    time.sleep(2)
    return i + 100


if __name__ == "__main__":
    pool = Pool(5)
    results = []
    for i in range(10):
        results.append(pool.apply_async(work, (i,)))
    for i in range(5):
        results[i].get()      # wait until the first five are done: the workers go on with the other five
    pool.terminate()
    pool.join()
    for i, r in enumerate(results):
        # Python never settles a task that terminate() cut off: its get() would wait for ever, so ask
        # ready() first (in ProcLab, such a task fails and get() says why)
        if r.ready():
            print(f"task {i}: {r.get()}")
        else:
            print(f"task {i}: failed: never finished, the pool was terminated")
