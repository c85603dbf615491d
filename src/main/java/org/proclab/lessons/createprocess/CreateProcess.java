package org.proclab.lessons.createprocess;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * Lesson 1: create a process. The main program starts one child; both print who they are.
 * Python: {@code p = Process(target=f, args=('bob',)); p.start(); p.join()}.
 */
public class CreateProcess {

    static void info(String title) {
        System.out.println(title);
        System.out.println("  process name:   " + MP.currentProcess().name());
        System.out.println("  parent process: " + MP.getppid());
        System.out.println("  process id:     " + MP.getpid());
    }

    static void greet(String name) {
        info("function greet");
        System.out.println("hello " + name);
    }

    public static void main(String[] args) {
        info("main line");
        Process p = new Process(() -> greet("bob"));   // the task runs in a new JVM
        p.start();                                      // returns at once; the child runs beside us
        System.out.println("started " + p.name() + " with pid " + p.pid());
        p.join();                                       // wait for the child to finish
        System.out.println(p.name() + " finished with exit code " + p.exitCode());
    }
}
