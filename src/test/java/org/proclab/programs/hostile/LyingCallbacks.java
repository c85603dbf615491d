package org.proclab.programs.hostile;

import org.proclab.mp.Pool;
import org.proclab.mp.Process;
import org.proclab.wire.Op;
import org.proclab.worker.WorkerRuntime;

/**
 * A child submits a task to its own pool saying that callbacks 7 wait for it (there are two kinds, so 0 to
 * 3): a word no ProcLab program sends. The kernel ends that child for it; the parent goes on.
 */
public class LyingCallbacks {
    public static void main(String[] args) throws Exception {
        Process liar = new Process("liar", () -> {
            Pool pool = new Pool(1);
            try {
                Object engine = field(pool, "engine");
                long poolId = (Long) field(engine, "id");
                WorkerRuntime.get().client().call(Op.POOL_SUBMIT, poolId, 1, 7, "square(3)", new byte[] {0}, null);
                System.out.println("the kernel took it");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        liar.start();
        liar.join();
        System.out.println("liar exit code " + liar.exitCode());
        System.out.println("main goes on");
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        var f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
