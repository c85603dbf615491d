"""
Lesson 5, variant: map() and imap_unordered() over the same ten inputs, on five workers; the later
an input, the sooner its task finishes.
"""
import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.2 * (5 - x % 5))      # later inputs finish sooner
    return x * x


if __name__ == "__main__":
    inputs = list(range(10))
    pool = Pool(5)
    print(f"map:            {pool.map(slow_square, inputs)}")
    as_they_finish = []
    for r in pool.imap_unordered(slow_square, inputs):
        as_they_finish.append(r)
    print(f"imap_unordered: {as_they_finish}")
    pool.close()
    pool.join()
