package org.proclab.programs.hostile;

import org.proclab.wire.Op;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * Claims that an unrelated process (its pid is the argument) is its child, hoping the app will signal it
 * when the run stops. Prints the kernel's answer.
 */
public class ForeignChild {
    public static void main(String[] args) {
        long stranger = Long.parseLong(args[0]);
        Reply r = WorkerRuntime.get().client().call(Op.CHILD_STARTED, stranger, 0, 0, "victim\n1", null, new long[0]);
        System.out.println("status " + r.status() + ": " + r.text());
    }
}
