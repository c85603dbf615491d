package org.proclab.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The kernel-side state of the IPC objects. Guarded by the kernel's lock. */
abstract sealed class IpcObject permits IpcObject.PipeObj, IpcObject.QueueObj, IpcObject.LockObj, IpcObject.ValueObj,
        IpcObject.PoolObj {
    final long id;
    final String name;

    IpcObject(long id, String name) {
        this.id = id;
        this.name = name;
    }

    /** A message or queue item: opaque bytes plus the short text the sender made for display. */
    record Item(long id, byte[] payload, String display, long fromPid) {}

    /** Pids holding an open handle: one set per pipe end, one for any other object. */
    abstract Set<Long> holders(int end);

    static final class PipeObj extends IpcObject {
        final boolean duplex;
        final End[] ends = {new End(0), new End(1)};

        PipeObj(long id, String name, boolean duplex) {
            super(id, name);
            this.duplex = duplex;
        }

        @Override
        Set<Long> holders(int end) {
            return ends[end].holders;
        }

        boolean canSend(int end) {
            return duplex || end == 1;
        }

        boolean canRecv(int end) {
            return duplex || end == 0;
        }

        String endName(int end) {
            return name + ":" + end;
        }

        /** One end: who holds it, what waits to be read at it, who waits in recv or poll on it. */
        final class End {
            final int index;
            final Set<Long> holders = new LinkedHashSet<>();
            final ArrayDeque<Item> inbox = new ArrayDeque<>();
            final List<Waiter> readers = new ArrayList<>();

            End(int index) {
                this.index = index;
            }

            End peer() {
                return ends[1 - index];
            }

            PipeObj pipe() {
                return PipeObj.this;
            }

            /** EOF: nothing to read and no process can ever write to this end again. */
            boolean atEof() {
                return inbox.isEmpty() && (!canSend(1 - index) || peer().holders.isEmpty());
            }
        }
    }

    static final class QueueObj extends IpcObject {
        final int maxsize;
        final Set<Long> holders = new LinkedHashSet<>();
        final ArrayDeque<Item> items = new ArrayDeque<>();
        final List<Waiter> getters = new ArrayList<>();
        final List<Waiter> putters = new ArrayList<>();

        QueueObj(long id, String name, int maxsize) {
            super(id, name);
            this.maxsize = maxsize;
        }

        @Override
        Set<Long> holders(int end) {
            return holders;
        }

        boolean full() {
            return maxsize > 0 && items.size() >= maxsize;
        }
    }

    static final class LockObj extends IpcObject {
        final Set<Long> holders = new LinkedHashSet<>();
        final List<Waiter> waiters = new ArrayList<>();
        Long owner;

        LockObj(long id, String name) {
            super(id, name);
        }

        @Override
        Set<Long> holders(int end) {
            return holders;
        }
    }

    static final class ValueObj extends IpcObject {
        final Set<Long> holders = new LinkedHashSet<>();
        final LockObj lock;
        byte[] current;
        String display;

        ValueObj(long id, String name, LockObj lock) {
            super(id, name);
            this.lock = lock;
        }

        @Override
        Set<Long> holders(int end) {
            return holders;
        }
    }

    /** A process pool: tasks waiting, the task each worker runs, and results on their way to the owner. */
    static final class PoolObj extends IpcObject {
        final long owner;
        final int processes;
        final ArrayDeque<Item> waiting = new ArrayDeque<>();
        final java.util.Map<Long, Item> running = new java.util.LinkedHashMap<>();
        final Set<Long> workers = new LinkedHashSet<>();
        final List<Waiter> idle = new ArrayList<>();
        final ArrayDeque<byte[]> results = new ArrayDeque<>();
        Waiter resultWaiter;
        boolean closed;
        boolean terminated;

        PoolObj(long id, String name, long owner, int processes) {
            super(id, name);
            this.owner = owner;
            this.processes = processes;
        }

        @Override
        Set<Long> holders(int end) {
            return Set.of(owner);
        }

        String taskName(long taskId) {
            return name + "/task-" + taskId;
        }
    }
}
