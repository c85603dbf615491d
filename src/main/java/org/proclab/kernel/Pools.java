package org.proclab.kernel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.proclab.kernel.IpcObject.Item;
import org.proclab.kernel.IpcObject.PoolObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Process pools in the kernel: which worker runs which task, which tasks wait, and the results and
 * worker exits the pool's owner must hear about. The worker processes themselves are ordinary
 * children of the owner; the kernel only hands out tasks and collects results. Lock held.
 */
final class Pools {
    /** Kinds of record sent to the owner's result handler. */
    static final byte RESULT = 1, WORKER_EXIT = 2;
    /**
     * A TASK_DONE event's {@code ok}: 1 it returned, 0 it raised (the result is the exception), and for the
     * failures the pool itself causes, which the UI words in its own language: its worker ended while running
     * it (the event's pid is that worker, its result the worker's exit code), or the pool was terminated
     * before it ran (no result).
     */
    static final int WORKER_ENDED = -1, CANCELLED = -2;

    private final Kernel kernel;
    private final IpcObjects objects;

    Pools(Kernel kernel, IpcObjects objects) {
        this.kernel = kernel;
        this.objects = objects;
    }

    void create(OpRequest r, String name) {
        PoolObj p = new PoolObj(r.obj(), name, r.pid(), (int) r.a());
        objects.register(p);
        kernel.event(r, EventKind.POOL_NEW, p.name, null, p.processes);
    }

    void submit(OpRequest r, PoolObj p) {
        Item task = new Item(r.a(), r.payload(), r.text(), r.pid());
        kernel.event(r, EventKind.TASK_SUBMIT, p.taskName(task.id()), r.text(), Event.NO_NUM);
        if (p.terminated) {
            cancel(p, task);
            return;
        }
        p.waiting.add(task);
        dispatch(p);
    }

    /** A worker asks for its next task: it gets one, waits, or learns that the pool has closed. */
    void nextTask(OpRequest r, ProcessRecord self, PoolObj p) {
        p.workers.add(r.pid());
        if (!p.waiting.isEmpty() && !p.terminated) {
            start(r, p);
        } else if (p.closed || p.terminated) {
            kernel.reply(r, Wire.EOF, 0, null);
        } else {
            Waiter w = kernel.block(r, self, p.name, "next task", "waiting for a task from " + p.name,
                    gone -> p.idle.remove(gone));
            p.idle.add(w);
        }
    }

    private void start(OpRequest r, PoolObj p) {
        Item task = p.waiting.poll();
        p.running.put(r.pid(), task);
        kernel.event(r.pid(), EventKind.TASK_START, p.taskName(task.id()), null, Event.NO_NUM);
        kernel.reply(r, Wire.OK, task.id(), null, List.of(task.payload()));
    }

    private void dispatch(PoolObj p) {
        while (!p.idle.isEmpty() && !p.waiting.isEmpty()) {
            Waiter w = p.idle.remove(0);
            kernel.unblock(w);
            start(w.req, p);
        }
        if (p.waiting.isEmpty() && (p.closed || p.terminated)) {
            for (Waiter w : new ArrayList<>(p.idle)) {
                kernel.unblock(w);
                kernel.reply(w.req, Wire.EOF, 0, null);
            }
            p.idle.clear();
        }
    }

    void taskDone(OpRequest r, PoolObj p) {
        Item task = p.running.remove(r.pid());
        long taskId = r.a();
        boolean ok = r.b() != 0;
        kernel.event(r.pid(), EventKind.TASK_DONE, p.taskName(taskId), r.text(), ok ? 1 : 0);
        results(p, record(RESULT, taskId, ok, 0, r.text(), r.payload()));
        if (task == null) {
            kernel.note(r.pid(), "a pool worker finished a task it was never given");
        }
    }

    /** The owner's result handler asks for what has happened since it last asked. */
    void results(OpRequest r, ProcessRecord self, PoolObj p) {
        if (!p.results.isEmpty()) {
            answer(r, p);
        } else {
            p.resultWaiter = kernel.block(r, self, p.name, "results", "waiting for results of " + p.name,
                    gone -> p.resultWaiter = null);
        }
    }

    void callback(OpRequest r, PoolObj p) {
        kernel.event(r, EventKind.CALLBACK, p.taskName(r.a()), r.text(), Event.NO_NUM);
    }

    void state(OpRequest r, PoolObj p) {
        String what = r.text();
        kernel.event(r, EventKind.POOL_STATE, p.name, what, Event.NO_NUM);
        if ("close".equals(what)) {
            p.closed = true;
        } else if ("terminate".equals(what)) {
            p.terminated = true;
            Item t;
            while ((t = p.waiting.poll()) != null) {
                cancel(p, t);
            }
        }
        dispatch(p);
    }

    /** A worker that ends while running a task fails that task instead of leaving its caller waiting. */
    void onExit(ProcessRecord dead, PoolObj p) {
        if (!p.workers.remove(dead.pid)) {
            return;
        }
        p.idle.removeIf(w -> w.process == dead);
        Item task = p.running.remove(dead.pid);
        if (task != null) {
            String why = dead.label() + " ended (exit code " + dead.exitCode + ") while running this task";
            kernel.event(dead.pid, EventKind.TASK_DONE, p.taskName(task.id()),
                    dead.exitCode == null ? null : dead.exitCode.toString(), WORKER_ENDED);
            results(p, failure(task.id(), why)); // the program's exception says it in its own words
        }
        // the owner replaces a worker only while there is work for it: it reads the count of waiting tasks
        results(p, record(WORKER_EXIT, p.waiting.size(), false, dead.pid, dead.name, null));
    }

    private void cancel(PoolObj p, Item task) {
        String why = "cancelled: the pool was terminated before this task ran";
        kernel.event(p.owner, EventKind.TASK_DONE, p.taskName(task.id()), null, CANCELLED);
        results(p, failure(task.id(), why));
    }

    private byte[] failure(long taskId, String why) {
        return record(RESULT, taskId, false, 0, why, null);
    }

    private void results(PoolObj p, byte[] record) {
        p.results.add(record);
        if (p.resultWaiter != null) {
            Waiter w = p.resultWaiter;
            p.resultWaiter = null;
            kernel.unblock(w);
            answer(w.req, p);
        }
    }

    private void answer(OpRequest r, PoolObj p) {
        List<byte[]> all = new ArrayList<>(p.results);
        p.results.clear();
        kernel.reply(r, Wire.OK, all.size(), null, all);
    }

    /** One record for the owner; the result payload inside stays opaque bytes from the worker. */
    static byte[] record(byte kind, long taskId, boolean ok, long pid, String text, byte[] payload) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(kind);
            out.writeLong(taskId);
            out.writeBoolean(ok);
            out.writeLong(pid);
            out.writeUTF(text == null ? "" : text.length() > 8000 ? text.substring(0, 8000) : text);
            out.writeInt(payload == null ? -1 : payload.length);
            if (payload != null) {
                out.write(payload);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
