package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proclab.kernel.IpcObject.PipeObj;
import org.proclab.kernel.IpcObject.PipeObj.End;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Python's {@code multiprocessing.connection.wait(connections, timeout)}: waits until at least one of
 * several pipe ends can be read without waiting (a message is there, or end-of-file), and says which.
 * The waiter stands in the reader list of every end, so {@link Pipes} answers it the moment one is ready.
 * Lock held.
 */
final class ConnectionWaits {
    /** The most connections one wait() may watch. */
    static final int MAX_ENDS = 1024;

    private final Kernel kernel;
    private final Handles handles;
    private final Pipes pipes;

    ConnectionWaits(Kernel kernel, Ipc ipc, Pipes pipes) {
        this.kernel = kernel;
        this.handles = ipc.handles;
        this.pipes = pipes;
    }

    /** CONN_WAIT: longs = the end handles, {@code b} = time-out (negative: none). */
    void await(OpRequest r, ProcessRecord self) {
        List<End> ends = ends(r);
        if (ends == null) {
            return;
        }
        for (End e : ends) {
            if (pipes.loans.mustWait(r, self, e.pipe())) {
                return;
            }
        }
        if (ends.stream().anyMatch(this::ready) || r.b() == 0) {
            answer(r, ends);
            return;
        }
        Waiter w = kernel.block(r, self, names(ends), "wait()", "wait() on " + names(ends), r.b(), gone -> forget(gone, ends));
        for (End e : ends) {
            e.readers.add(w);
        }
    }

    /** The ends a request names, each readable and held by the caller; otherwise refused and null. */
    private List<End> ends(OpRequest r) {
        long[] keys = r.longs() == null ? new long[0] : r.longs();
        if (keys.length == 0 || keys.length > MAX_ENDS) {
            kernel.refuse(r, null, "wait() takes 1 to " + MAX_ENDS + " connections");
            return null;
        }
        List<End> out = new ArrayList<>();
        for (long key : keys) {
            IpcObject o = handles.objectOf(key);
            if (!(o instanceof PipeObj p) || !handles.holds(r.pid(), key)) {
                kernel.refuse(r, o == null ? null : o.handleName((int) (key & 1)),
                        "this process holds no open handle of a pipe end it waits on");
                return null;
            }
            End e = p.ends[(int) (key & 1)];
            if (!p.canRecv(e.index)) {
                kernel.refuse(r, p.handleName(e.index), p.handleName(e.index) + " is the write-only end of a one-way pipe");
                return null;
            }
            out.add(e);
        }
        return out;
    }

    private boolean ready(End e) {
        return !e.inbox.isEmpty() || pipes.atEof(e);
    }

    /** One of the ends of a waiter became ready ({@link Pipes#serveReaders}). */
    void ready(Waiter w) {
        List<End> ends = ends(w.req.longs());
        forget(w, ends);
        kernel.unblock(w);
        answer(w.req, ends);
    }

    private List<End> ends(long[] keys) {
        List<End> out = new ArrayList<>();
        for (long key : keys) {
            out.add(((PipeObj) handles.objectOf(key)).ends[(int) (key & 1)]);
        }
        return out;
    }

    private static void forget(Waiter w, List<End> ends) {
        for (End e : ends) {
            e.readers.remove(w);
        }
    }

    /** CONN_WAIT event, and the answer: one byte per end, 1 if it is ready. */
    private void answer(OpRequest r, List<End> ends) {
        byte[] flags = new byte[ends.size()];
        List<End> ready = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            if (ready(ends.get(i))) {
                flags[i] = 1;
                ready.add(ends.get(i));
            }
        }
        kernel.event(r, EventKind.CONN_WAIT, names(ends), names(ready), org.proclab.trace.Event.NO_NUM);
        kernel.reply(r, Wire.OK, ready.size(), null, List.of(flags), 0);
    }

    private static String names(List<End> ends) {
        List<String> out = new ArrayList<>();
        for (End e : ends) {
            out.add(e.pipe().handleName(e.index));
        }
        return String.join(",", out);
    }

    /** Whoever could write to any of the ends; null if a write handle travels in a message. */
    Set<Long> helpers(Waiter w) {
        Set<Long> out = new LinkedHashSet<>();
        for (long key : w.req.longs()) {
            Set<Long> writers = pipes.writers(key);
            if (writers == null) {
                return null;
            }
            out.addAll(writers);
        }
        return out;
    }

    void explain(Waiter w, Set<Long> helpers, StringBuilder s, Explainer names) {
        s.append(", which can never return: the only write handles of those pipes still open are held by ")
                .append(names.of(helpers, w.process.pid));
    }
}
