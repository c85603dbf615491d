package org.proclab.mp;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.StringJoiner;
import org.proclab.wire.Op;
import org.proclab.worker.HandleCapture;
import org.proclab.worker.Message;
import org.proclab.worker.Payloads;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * What every proxy shares: the id of its object in the manager, and the call that travels to the manager
 * process and back. A proxy is a handle: give it to a child by using it in the child's task.
 */
abstract class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;

    /** Makes the object in the manager process; returns once it exists there. */
    Proxy(Manager manager, String type, Object initial) {
        WorkerRuntime rt = WorkerRuntime.get();
        this.id = rt.newObjectId();
        Message m = Message.of(initial);
        Reply r = rt.client().call(Op.PROXY_NEW, id, manager.id(), -1, type, m.bytes(), m.handles());
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        answer(r, type + "()");
    }

    /**
     * Calls {@code method} on the object in the manager process and waits for its answer: the result, or
     * the exception it raised there, thrown here. A checked exception (Empty, Full) comes as {@link Raised}.
     */
    final Object call(String method, Object... args) {
        return callAs(display(method, args), method, args);
    }

    /** Like {@link #call}, shown as {@code display}: without the arguments only ProcLab adds (no time-out: -1). */
    final Object callAs(String display, String method, Object... args) {
        Message m = Message.of(new ProxyCall(method, args));
        Reply r = WorkerRuntime.get().client().call(Op.PROXY_CALL, id, 0, -1, display, m.bytes(), m.handles());
        if (r.failed()) {
            throw new IllegalStateException(r.text());
        }
        return answer(r, display);
    }

    private static Object answer(Reply r, String call) {
        Object value;
        try {
            value = Payloads.decode(r.payload());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read the manager's answer to " + call + ": " + e.getMessage(), e);
        }
        if (r.value() == 1) {
            return value;
        }
        if (value instanceof RuntimeException e) {
            throw e; // as Python re-raises the manager's exception in the caller
        }
        if (value instanceof Error e) {
            throw e;
        }
        throw new Raised(value instanceof Exception e ? e : new IllegalStateException(String.valueOf(value)));
    }

    /** The call as the views show it: {@code put('count', 1)}. */
    static String display(String method, Object... args) {
        StringJoiner s = new StringJoiner(", ", method + "(", ")");
        for (Object a : args) {
            s.add(Payloads.display(a));
        }
        return s.toString();
    }

    /** A checked exception the manager raised (Empty, Full), for the proxy method that declares it. */
    static final class Raised extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Raised(Exception cause) {
            super(cause);
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        HandleCapture.note(id << 1);
        out.defaultWriteObject();
    }
}
