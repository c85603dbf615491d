package org.proclab.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many bytes of messages, queue items, pool tasks and results the kernel holds, and the credit it has
 * given processes to hand over more without waiting for an answer.
 *
 * <p>A process may hand over {@code n} bytes to a target (a pipe end it writes, a queue, a pool) without a
 * round trip while its credit for that target covers {@code n}: the room is reserved for it, so the kernel
 * never has to refuse what it already promised. Otherwise the process asks and waits; the kernel admits the
 * item when there is room (blocking the caller meanwhile, with an event that says why) and tops the credit
 * up in its answer. Credit is only ever added by answers and spent by hand-overs, so both sides agree on it
 * without further messages. Guarded by the kernel's lock.
 */
final class FlowControl {
    /** Bytes a pipe holds in flight, as a Linux pipe: a send beyond that waits for the reader. */
    static final long PIPE_CAPACITY = 64 << 10;
    /** Bytes of items the kernel holds for all processes together; past it, hand-overs wait. */
    static final long MEMORY = 256L << 20;
    /** Most credit one process holds for one queue or pool. */
    private static final long OTHER_GRANT = 256 << 10;

    private long pipeCapacity = PIPE_CAPACITY;
    private long memory = MEMORY;

    private long held;
    private long reserved;
    /** Credit by target key, then by pid. */
    private final Map<Long, Map<Long, Long>> credits = new HashMap<>();
    /** Hand-overs waiting for kernel memory, oldest first; each retries when memory is freed. */
    private final List<Runnable> memoryWaiters = new ArrayList<>();

    /** Smaller limits, for tests that reach them quickly. */
    void limit(long memoryBytes, long pipeBytes) {
        this.memory = memoryBytes;
        this.pipeCapacity = pipeBytes;
    }

    long pipeCapacity() {
        return pipeCapacity;
    }

    long memory() {
        return memory;
    }

    /** Most credit one process holds for one pipe end it writes to. */
    long pipeGrant() {
        return pipeCapacity / 4;
    }

    long otherGrant() {
        return Math.min(OTHER_GRANT, reserveLimit());
    }

    /** At most this much of the memory is reserved as credit at any time. */
    private long reserveLimit() {
        return memory / 16;
    }

    long held() {
        return held;
    }

    /**
     * A hand-over sent without waiting, paid from credit: false if the process had no such credit (it
     * broke the protocol). On true the bytes count as held.
     */
    boolean spend(long pid, long target, long size) {
        Map<Long, Long> byPid = credits.get(target);
        long have = byPid == null ? 0 : byPid.getOrDefault(pid, 0L);
        if (have < size) {
            return false;
        }
        byPid.put(pid, have - size);
        reserved -= size;
        held += size;
        return true;
    }

    /** Whether kernel memory admits an item of {@code size} bytes now (an empty kernel admits anything). */
    boolean memoryAdmits(long size) {
        return held == 0 || held + size <= memory - reserved;
    }

    /** The credit others hold for this target: room they may fill without asking. */
    long othersCredit(long target, long pid) {
        Map<Long, Long> byPid = credits.get(target);
        if (byPid == null) {
            return 0;
        }
        long sum = 0;
        for (Map.Entry<Long, Long> e : byPid.entrySet()) {
            if (e.getKey() != pid) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    long creditOf(long target) {
        Map<Long, Long> byPid = credits.get(target);
        long sum = 0;
        if (byPid != null) {
            for (long c : byPid.values()) {
                sum += c;
            }
        }
        return sum;
    }

    void hold(long size) {
        held += size;
    }

    /** Items left the kernel (taken by a reader, or dropped): hand-overs waiting for memory try again. */
    void release(long size) {
        held -= size;
        if (!memoryWaiters.isEmpty()) {
            List<Runnable> retry = new ArrayList<>(memoryWaiters);
            memoryWaiters.clear();
            retry.forEach(Runnable::run);
        }
    }

    void waitForMemory(Runnable retry) {
        memoryWaiters.add(retry);
    }

    /**
     * Tops up {@code pid}'s credit for {@code target} to at most {@code cap}, within {@code room} (what the
     * target itself can still take) and what memory allows. Returns the bytes added, for the answer.
     */
    long grant(long pid, long target, long cap, long room) {
        Map<Long, Long> byPid = credits.computeIfAbsent(target, k -> new HashMap<>());
        long have = byPid.getOrDefault(pid, 0L);
        long add = Math.min(cap - have, Math.min(room, Math.min(reserveLimit() - reserved, memory - held - reserved)));
        if (add <= 0) {
            return 0;
        }
        byPid.put(pid, have + add);
        reserved += add;
        return add;
    }

    /** The process can no longer use this target (closed its handle): its credit for it is freed. */
    void forget(long pid, long target) {
        Map<Long, Long> byPid = credits.get(target);
        if (byPid != null) {
            Long c = byPid.remove(pid);
            if (c != null) {
                reserved -= c;
            }
            if (byPid.isEmpty()) {
                credits.remove(target);
            }
        }
    }

    /** The process ended: all its credit is freed. */
    void forget(long pid) {
        for (Long target : new ArrayList<>(credits.keySet())) {
            forget(pid, target);
        }
    }
}
