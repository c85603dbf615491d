package org.proclab.programs.hostile;

import org.proclab.wire.Op;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * Starts a real child of its own (a plain OS process) and announces it with a raw log path of its choice
 * (the argument), hoping the kernel will print that file's content and delete it when the child ends.
 */
public class RawLogPath {
    public static void main(String[] args) throws Exception {
        java.lang.Process child = new ProcessBuilder("sleep", "0.2").start();
        var client = WorkerRuntime.get().client();
        Reply r = client.call(Op.CHILD_STARTED, child.pid(), 0, 0, "sleeper\n1\n" + args[0], null, new long[0]);
        System.out.println("announced: " + r.status());
        int status = child.waitFor();
        client.call(Op.CHILD_OS_EXIT, child.pid(), status, 0, null, null, null);
        System.out.println("reported its end");
    }
}
