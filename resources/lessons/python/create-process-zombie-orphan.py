"""
Lesson 1, variant: a zombie and an orphan.
"quick" ends at once, but the main program joins it only at the very end: until then it is a zombie.
"middle" starts a child of its own, the grandchild; once the grandchild says it runs, the main program
terminates "middle", and the grandchild lives on as an orphan: the operating system gives it a new parent.
The grandchild's messages go through a queue, so each step waits for the one before, however slow the machine.
Zombies, orphans and SIGTERM are Unix ideas: run it on Linux or macOS.
"""
import os
import time
from multiprocessing import Process, Queue, set_start_method


def grandchild(news):
    parent = os.getppid()
    print(f"grandchild: my parent is {parent}")
    news.put("the grandchild runs")
    while os.getppid() == parent:          # until the operating system gives me a new parent
        time.sleep(0.2)
    print(f"grandchild: my parent is now {os.getppid()}")
    news.put("the grandchild has a new parent")
    time.sleep(2)                          # not needed: it lets you see the orphan a while


def middle(news):
    child = Process(name="grandchild", target=grandchild, args=(news,))
    child.start()
    time.sleep(60)                         # "middle" is terminated long before this ends


if __name__ == "__main__":
    # fork, as in the course: under forkserver (Python 3.14's default on Linux) the fork server,
    # not "middle", would be the grandchild's parent
    set_start_method("fork")
    news = Queue()
    quick = Process(name="quick", target=print, args=("quick: done already",))
    quick.start()
    middle_p = Process(name="middle", target=middle, args=(news,))
    middle_p.start()                       # Python's start() also collects children that have ended: quick may go early

    print("main: " + news.get())           # wait until the grandchild runs
    middle_p.terminate()                   # its child, the grandchild, becomes an orphan
    middle_p.join()
    print("main: " + news.get())           # wait until the grandchild has its new parent
    print("quick has ended, but nobody joined it yet: it is a zombie")
    quick.join()                           # only now is the zombie collected
    print(f"quick: exit code {quick.exitcode}, middle: exit code {middle_p.exitcode}")
