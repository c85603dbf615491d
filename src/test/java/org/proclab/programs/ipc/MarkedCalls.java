package org.proclab.programs.ipc;

import java.util.List;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.worker.Caller;

/**
 * Puts and gets whose calls the build marks (worker.CallSites, marking.MarkClasses): each prints the line its calls
 * are on and, at the end, how many operations still looked their line up on the stack. A put refused before it is
 * recorded, then two puts through forEach (not marked: looked up, at the forEach's line).
 */
public class MarkedCalls {
    public static void main(String[] args) throws Exception {
        Queue<Object> q = new Queue<>();
        int putLine = 0;
        for (int i = 0; i < 300; i++) {
            q.put(i); putLine = here();
        }
        System.out.println("put-line " + putLine);
        try {
            q.put(new Object());
        } catch (IllegalArgumentException e) {
            System.out.println("refused");
        }
        List.of("seven", "eight").forEach(q::put); System.out.println("foreach-line " + here());
        Process child = new Process("child", () -> {
            int getLine = 0;
            for (int i = 0; i < 302; i++) {
                q.get(); getLine = here();
            }
            System.out.println("get-line " + getLine);
            System.out.println("lookups " + Caller.lookups());
        });
        child.start();
        child.join();
        System.out.println("lookups " + Caller.lookups());
    }

    private static int here() {
        return new Throwable().getStackTrace()[1].getLineNumber();
    }
}
