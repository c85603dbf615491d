package org.proclab.mp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.proclab.wire.Op;
import org.proclab.wire.Wire;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/** One unit of pool work (a function and its argument, or a chunk of arguments) and the worker loop. */
record PoolWork(Fn<Object, Object> fn, Object arg, boolean chunk) implements Serializable {

    /** How a task failed in the worker: enough to rebuild a readable error in the parent. */
    record Failure(String className, String message, String trace) implements Serializable {}

    Object run() throws Exception {
        if (!chunk) {
            return fn.apply(arg);
        }
        List<Object> out = new ArrayList<>();
        for (Object a : (List<?>) arg) {
            out.add(fn.apply(a));
        }
        return (Serializable) out;
    }

    /**
     * The loop each pool worker process runs: take a task, run it, send back its result, until the
     * pool closes; with {@code maxTasks > 0} the worker ends after that many tasks and is replaced.
     */
    static void workerLoop(long poolId, int maxTasks) throws Exception {
        var client = WorkerRuntime.get().client();
        int done = 0;
        while (maxTasks <= 0 || done < maxTasks) {
            Reply r = client.call(Op.POOL_NEXT_TASK, poolId, 0, -1, null, null, null);
            if (r.status() != Wire.OK) {
                return;
            }
            long taskId = r.value();
            byte[] result;
            String display;
            boolean ok;
            try {
                PoolWork work = (PoolWork) Payloads.deserialize(r.payload());
                Object value = work.run();
                result = Payloads.encode(value);
                display = Payloads.display(value);
                ok = true;
            } catch (Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                result = Payloads.encode(new Failure(t.getClass().getName(), t.getMessage(), trace.toString()));
                display = t.getClass().getSimpleName() + ": " + t.getMessage();
                ok = false;
            }
            client.tell(Op.POOL_TASK_DONE, poolId, taskId, ok ? 1 : 0, display, result, null);
            done++;
        }
        client.flushNow();
    }

    /** A record the kernel sends to the pool's owner (see kernel Pools.record). */
    record Notice(byte kind, long taskId, boolean ok, long pid, String text, byte[] payload) {
        static Notice parse(byte[] bytes) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte kind = in.readByte();
            long taskId = in.readLong();
            boolean ok = in.readBoolean();
            long pid = in.readLong();
            String text = in.readUTF();
            int n = in.readInt();
            byte[] payload = null;
            if (n >= 0) {
                payload = in.readNBytes(n);
            }
            return new Notice(kind, taskId, ok, pid, text, payload);
        }
    }

    /** "square" for {@code Lesson::square}, "λ" for an inline lambda: what the pool views print. */
    static String nameOf(Fn<?, ?> fn) {
        try {
            Method m = fn.getClass().getDeclaredMethod("writeReplace");
            m.setAccessible(true);
            SerializedLambda sl = (SerializedLambda) m.invoke(fn);
            String name = sl.getImplMethodName();
            return name.startsWith("lambda$") ? "λ" : name;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return fn.getClass().getSimpleName();
        }
    }
}
