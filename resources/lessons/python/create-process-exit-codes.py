"""Lesson 1, variant: every way a process can end, and the exit code each gives."""
import sys
import time
from multiprocessing import Process


def failing():
    raise RuntimeError("something went wrong in the child")


def sleep_forever():
    time.sleep(60)


if __name__ == "__main__":
    returns = Process(name="returns", target=print, args=("I return normally",))
    throws_up = Process(name="throws", target=failing)
    exits = Process(name="exits", target=sys.exit, args=(3,))
    terminated = Process(name="terminated", target=sleep_forever)
    killed = Process(name="killed", target=sleep_forever)

    for p in [returns, throws_up, exits, terminated, killed]:
        p.start()
    time.sleep(1)
    terminated.terminate()   # SIGTERM: exit code -15
    killed.kill()            # SIGKILL: exit code -9

    for p in [returns, throws_up, exits, terminated, killed]:
        p.join()
        print(f"{p.name}: exit code {p.exitcode}")
