package org.proclab.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kernel-side state of the IPC objects. Who holds a handle of which object is kept apart, in
 * {@link Handles}. Guarded by the kernel's lock.
 */
abstract sealed class IpcObject permits IpcObject.PipeObj, IpcObject.QueueObj, IpcObject.LockObj, IpcObject.ValueObj,
        IpcObject.PoolObj, EventFlags.EventObj, Semaphores.SemaphoreObj, Conditions.ConditionObj, Barriers.BarrierObj,
        SharedArrays.ArrayObj, Managers.ManagerObj, Managers.ProxyObj {
    final long id;
    final String name;

    IpcObject(long id, String name) {
        this.id = id;
        this.name = name;
    }

    /** How many ends the object has, each with its own handles: two for a pipe, one for anything else. */
    int ends() {
        return 1;
    }

    /** The name of a handle of one end, as events and views show it: "pipe-1:0", "queue-1". */
    String handleName(int end) {
        return name;
    }

    /** The key of a handle of one end of object {@code id}: what workers send, what {@link Handles} keys by. */
    static long key(long id, int end) {
        return (id << 1) | end;
    }

    long key(int end) {
        return key(id, end);
    }

    /**
     * A message, queue item or pool task: opaque bytes plus the short text the sender made for display, and
     * the handles the sender declared inside it (the receiver gets them when it takes the item).
     */
    record Item(long id, byte[] payload, String display, long fromPid, long[] handles) {
        long size() {
            return payload == null ? 0 : payload.length;
        }
    }

    static final class PipeObj extends IpcObject {
        final boolean duplex;
        final End[] ends = {new End(0), new End(1)};
        /** Made once: every message's events name the end it went through. */
        private final String[] endNames;

        PipeObj(long id, String name, boolean duplex) {
            super(id, name);
            this.duplex = duplex;
            this.endNames = new String[] {name + ":0", name + ":1"};
        }

        @Override
        int ends() {
            return 2;
        }

        @Override
        String handleName(int end) {
            return endNames[end];
        }

        boolean canSend(int end) {
            return duplex || end == 1;
        }

        boolean canRecv(int end) {
            return duplex || end == 0;
        }

        /**
         * One end: what waits to be read at it (sent through the other end), who waits in recv or poll on it,
         * and who waits to send to it (the pipe is full, or a message larger than the pipe waits to be read).
         */
        final class End {
            final int index;
            final ArrayDeque<Item> inbox = new ArrayDeque<>();
            long inflight; // bytes in the inbox
            final List<Waiter> readers = new ArrayList<>();
            final List<Waiter> senders = new ArrayList<>();

            /** Lent to its reader and the writer of the other end ({@link PipeLoans}); null while the kernel's alone. */
            PipeLoans.Loan loan;
            /** A lend that could not be made is not tried again on this end. */
            boolean neverLend;

            End(int index) {
                this.index = index;
            }

            End peer() {
                return ends[1 - index];
            }

            PipeObj pipe() {
                return PipeObj.this;
            }

            long key() {
                return PipeObj.this.key(index);
            }
        }
    }

    static final class QueueObj extends IpcObject {
        final int maxsize;
        /** "joinable" (a JoinableQueue), "simple" (a SimpleQueue) or null (a Queue). */
        final String type;
        final ArrayDeque<Item> items = new ArrayDeque<>();
        final List<Waiter> getters = new ArrayList<>();
        final List<Waiter> putters = new ArrayList<>();
        /** A JoinableQueue's items put and not yet marked done, and the processes waiting in join(). */
        long unfinished;
        final List<Waiter> joiners = new ArrayList<>();
        /**
         * The queue's first items, handed ahead to {@link #lendee} (the one process that gets from it) with the
         * answer to one of its gets: still in the queue until that process says it took them ({@link QueueLoans}).
         */
        final ArrayDeque<Item> lent = new ArrayDeque<>();
        long lendee;
        /** A RECALL of {@link #lent} is on its way to the lendee. */
        boolean recalling;
        /** The last process that got from the queue; once two have, the queue lends no more. */
        long lastGetter;
        boolean shared;
        /** Gets that came while items were lent: they run, in order, once the lent items are taken or back. */
        final List<Parked> parked = new ArrayList<>();

        QueueObj(long id, String name, int maxsize, String type) {
            super(id, name);
            this.maxsize = maxsize;
            this.type = type;
        }

        boolean joinable() {
            return "joinable".equals(type);
        }

        /** Items put and not yet got, lent ones included. */
        int size() {
            return items.size() + lent.size();
        }

        boolean full() {
            return maxsize > 0 && size() >= maxsize;
        }
    }

    static final class LockObj extends IpcObject {
        final List<Waiter> waiters = new ArrayList<>();
        /** An RLock: its owner may acquire it again, and only its owner may release it. */
        final boolean recursive;
        Long owner;
        /** The owner's thread (a condition's wait and notify, an RLock's release, check it). */
        long ownerThread;
        /** How many times the owner holds an RLock (1 for a held Lock). */
        int count;
        /** The value this lock comes with, or null: only a value's lock is lent ({@link LockLoans}). */
        ValueObj value;
        /** The process the lock and its value are lent to, or 0. */
        long lendee;
        boolean recalling;
        /** A condition uses this lock: its waits release and take it in the kernel, so it is never lent. */
        boolean neverLend;
        /** Operations that wait, unrecorded, for the loan to come back. */
        final List<Parked> parked = new ArrayList<>();

        LockObj(long id, String name, boolean recursive) {
            super(id, name);
            this.recursive = recursive;
        }

        boolean ownedBy(long pid, long thread) {
            return owner != null && owner == pid && ownerThread == thread;
        }
    }

    static final class ValueObj extends IpcObject {
        final LockObj lock;
        byte[] current;
        String display;

        ValueObj(long id, String name, LockObj lock) {
            super(id, name);
            this.lock = lock;
        }
    }

    /**
     * A process pool: tasks waiting, the task each worker runs, results on their way to the owner, and the
     * owner's threads waiting for results ({@code get()}, {@code map()}).
     */
    static final class PoolObj extends IpcObject {
        final long owner;
        final int processes;
        final ArrayDeque<Item> waiting = new ArrayDeque<>();
        final Map<Long, Item> running = new LinkedHashMap<>();
        final Set<Long> workers = new LinkedHashSet<>();
        final Set<Long> ready = new LinkedHashSet<>();
        final List<Waiter> idle = new ArrayList<>();
        final ArrayDeque<byte[]> results = new ArrayDeque<>();
        final List<Waiter> readyWaiters = new ArrayList<>();
        final List<Waiter> resultWaiters = new ArrayList<>();
        /**
         * Tasks submitted whose results the owner has not yet reported delivered. Any other task the owner asks
         * about is delivered (it submits a task before it waits for it): so only the tasks in flight are kept,
         * not one id per task over the pool's life.
         */
        final Set<Long> outstanding = new HashSet<>();
        long resultBytes;
        Waiter handler;
        boolean closed;
        boolean terminated;
        /**
         * Tasks lent to a worker with the answer to its request for a task ({@link PoolLoans}), by worker, never
         * empty: still waiting until that worker says it started them.
         */
        final Map<Long, ArrayDeque<Item>> lent = new LinkedHashMap<>();
        /** The workers a RECALL of their lent tasks is on its way to. */
        final Set<Long> recalling = new HashSet<>();
        /** Workers' requests for a task that came while none waited and some were lent: they run again later. */
        final List<Parked> parked = new ArrayList<>();

        PoolObj(long id, String name, long owner, int processes) {
            super(id, name);
            this.owner = owner;
            this.processes = processes;
        }

        String taskName(long taskId) {
            return name + "/task-" + taskId;
        }
    }
}
