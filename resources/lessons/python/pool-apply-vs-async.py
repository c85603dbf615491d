"""
Lesson 5, variant: three tasks of one second on a pool of three workers, first with three apply()
calls, then with three apply_async() calls; each way is timed.
"""
import time
from multiprocessing import Pool


def work(i):
    time.sleep(1)
    return i + 100


if __name__ == "__main__":
    pool = Pool(3)
    t0 = time.perf_counter()
    for i in range(3):
        r = pool.apply(work, (i,))            # waits for the result
        print(f"apply returned {r}")
    print(f"3 x apply: {time.perf_counter() - t0:.1f} s")

    t0 = time.perf_counter()
    results = []
    for i in range(3):
        results.append(pool.apply_async(work, (i,)))   # returns at once
    print("3 x apply_async submitted")
    for r in results:
        print(f"get() returned {r.get()}")
    print(f"3 x apply_async: {time.perf_counter() - t0:.1f} s")
    pool.close()
    pool.join()
