package org.proclab.programs;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/** A main program that calls System.exit(7) while a child still runs: Python joins the child first. */
public class MainExits {
    public static void main(String[] args) {
        Process p = new Process("slow", () -> {
            MP.sleep(0.5);
            System.out.println("slow child done");
        });
        p.start();
        System.exit(7);
    }
}
