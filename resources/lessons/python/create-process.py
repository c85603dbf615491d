"""Lesson 1: create a process. The main program starts one child; both print who they are."""
import os
from multiprocessing import Process, current_process


def info(title):
    print(title)
    print(f"  process name:   {current_process().name}")
    print(f"  parent process: {os.getppid()}")
    print(f"  process id:     {os.getpid()}")


def greet(name):
    info("function greet")
    print("hello " + name)


if __name__ == "__main__":                     # a child started with spawn imports this file: it must not run this part
    info("main line")
    p = Process(target=greet, args=("bob",))   # with fork the child starts as a copy of this process
    p.start()                                  # returns at once; the child runs beside us
    print(f"started {p.name} with pid {p.pid}")
    p.join()                                   # wait for the child to finish
    print(f"{p.name} finished with exit code {p.exitcode}")
