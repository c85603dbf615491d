package org.proclab.programs.sync;

import org.proclab.mp.MP;
import org.proclab.mp.ParentProcess;
import org.proclab.mp.Pool;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.programs.Cues;

/**
 * parent_process() rules, after CPython's _TestProcess.test_parent_process_attributes and test_parent_process:
 * None in the main process; a child sees its parent's pid and name; a grandchild sees its own parent (not the
 * main process) alive, and once that parent is terminated, join() on it returns and it is no longer alive,
 * while its pid stays the one it had; a pool worker's parent is the pool's owner. The first argument is the cue
 * directory: "grandchild-joins" comes when the grandchild waits in join() on its parent.
 */
public class ParentProcessSemantics {
    static String describe(long mainPid) {
        ParentProcess p = MP.parentProcess();
        return "pid is main's " + (p.pid() == mainPid) + ", name " + p.name() + ", alive " + p.isAlive()
                + ", exitCode " + p.exitCode() + ", same object " + (p == MP.parentProcess());
    }

    public static void main(String[] args) throws Exception {
        String cues = args[0];
        System.out.println("main: parentProcess() " + MP.parentProcess());
        long mainPid = MP.getpid();
        Queue<String> reports = new Queue<>();

        Process child = new Process("child", () -> reports.put(describe(mainPid)));
        child.start();
        System.out.println("child: " + reports.get());
        child.join();

        Process middle = new Process("middle", () -> {
            long middlePid = MP.getpid();
            Process grandchild = new Process("grandchild", () -> {
                ParentProcess p = MP.parentProcess();
                reports.put("parent " + p.name() + " is middle " + (p.pid() == middlePid) + ", alive " + p.isAlive());
                p.join(60);
                reports.put("after join: alive " + p.isAlive() + ", pid still middle's " + (p.pid() == middlePid)
                        + ", getppid() now another " + (MP.getppid() != middlePid));
            });
            grandchild.start();
            MP.sleep(300);
        });
        middle.start();
        System.out.println("grandchild: " + reports.get());
        Cues.await(cues, "grandchild-joins");
        middle.terminate();
        middle.join();
        System.out.println("grandchild: " + reports.get());

        Pool pool = new Pool(1);
        System.out.println("pool worker: " + pool.apply(ParentProcessSemantics::describe, mainPid));
        pool.close();
        pool.join();
    }
}
