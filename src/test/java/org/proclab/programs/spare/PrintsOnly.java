package org.proclab.programs.spare;

/**
 * A main program that starts no process and names no class that starts one: it prints, waits a second (a
 * spare started beside it would be booting by then), and prints every OS child it has: none.
 */
public class PrintsOnly {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("hello");
        Thread.sleep(1_000);
        ProcessHandle.current().children().forEach(h -> System.out.println("os child " + h.pid()));
        System.out.println("done");
    }
}
