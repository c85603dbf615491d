package org.proclab.worker;

import java.io.File;
import java.io.IOException;
import org.proclab.wire.Op;

/**
 * Starting a child process: its task serialized (noting the handles it captures, which a {@code spawn}
 * child gets), a real OS child JVM taken (the {@link SpareJvm} started ahead, or a new one), and the kernel
 * told who it is, so that the child can connect.
 */
public final class Children {
    private Children() {}

    /**
     * Starts {@code task} in a new JVM, a child of this process; returns it. Throws IllegalArgumentException
     * if the task cannot be serialized, IllegalStateException if no JVM could start or the kernel refused.
     */
    public static java.lang.Process start(String name, String identity, ChildTask task) {
        WorkerRuntime runtime = WorkerRuntime.get();
        byte[] bytes;
        long[] captured;
        HandleCapture capture = HandleCapture.begin();
        try {
            bytes = Payloads.serialize(task);
        } catch (IOException e) {
            throw new IllegalArgumentException("the task of " + name + " cannot be sent to a new process: "
                    + e.getMessage() + ". Everything a task captures must be Serializable.", e);
        } finally {
            captured = capture.end();
        }
        File rawLog = ChildLauncher.rawLogFile(runtime.pid(), identity);
        java.lang.Process os = SpareJvm.take(rawLog);
        boolean spare = os != null;
        if (!spare) {
            try {
                os = ChildLauncher.launch(rawLog);
            } catch (IOException e) {
                throw new IllegalStateException("could not start a JVM for " + name + ": " + e.getMessage(), e);
            }
        }
        long pid = os.pid();
        Reply r = runtime.client().call(Op.CHILD_STARTED, pid, 0, 0, name + "\n" + identity, bytes, captured);
        if (r.failed()) {
            os.destroyForcibly();
            throw new IllegalStateException(r.text());
        }
        if (spare) { // it connects only now, once the kernel knows it as this child
            SpareJvm.go(os);
        }
        os.onExit().thenAccept(p -> runtime.client().record(Op.CHILD_OS_EXIT, pid, p.exitValue(), 0, null));
        SpareJvm.prepare(); // for the next start
        return os;
    }
}
