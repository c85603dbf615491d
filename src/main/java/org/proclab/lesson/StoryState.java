package org.proclab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;

/**
 * What a lesson's narration may state about a run, folded from its events: who holds an open handle of each
 * pipe end or queue, how many items wait in each queue (or messages travel towards each pipe end), how many
 * tasks of each pool run and wait, how many updates of each shared value were lost, and where each process
 * is in its life. It reads the events as the views do (a handle closes at its CLOSE event, a wait
 * ends when the call returns), so a line that holds here holds in the diagrams. A pure fold: events in, in order.
 */
public final class StoryState {
    /** A waiting call of a helper thread (a pool's result handler): the process itself goes on. */
    private static final String BACKGROUND_WAIT = "results";

    /** Where a process is in its life. */
    public enum Life {
        /** Started and not ended; its main thread is not waiting. */
        RUNNING,
        /** Started and not ended; its main thread waits in a call (recv, get, join, acquire...). */
        BLOCKED,
        /** Ended, and nobody has collected its exit code yet. */
        ZOMBIE,
        /** Ended and collected: by its parent's join(), or by the system after its parent ended. */
        JOINED;

        public boolean alive() {
            return this == RUNNING || this == BLOCKED;
        }
    }

    /** One process as the story sees it. */
    public record Proc(long pid, String name, Life life, String waitsIn, boolean orphan) {}

    private final Map<Long, Proc> processes = new LinkedHashMap<>();
    /** object (a pipe end, a queue) -> holder pid -> open. */
    private final Map<String, Map<Long, Boolean>> handles = new HashMap<>();
    /** queue, or pipe end -> items waiting in it, or messages sent towards it and not received yet. */
    private final Map<String, Integer> queued = new HashMap<>();
    /** value -> its writes that a later write may still find lost; and per reader, how many writes there were at its last read. */
    private final Map<String, Writes> writes = new HashMap<>();
    private final Map<String, Map<Long, Long>> readAt = new HashMap<>();
    private final Map<String, Integer> lost = new HashMap<>();

    /**
     * A shared value's writes from the oldest read still open on: each write's process, and whether it is lost
     * (another process wrote a value based on a read taken before it). Earlier writes can no longer be found
     * lost, so only their number is kept: a checkpoint copies a few writes, not every write of the run.
     */
    private static final class Writes {
        long base; // the writes before these
        long[] pids = new long[8];
        boolean[] lost = new boolean[8];
        int size;

        long count() {
            return base + size;
        }

        void add(long pid) {
            if (size == pids.length) {
                pids = java.util.Arrays.copyOf(pids, size * 2);
                lost = java.util.Arrays.copyOf(lost, size * 2);
            }
            lost[size] = false; // the slot may hold a dropped write's
            pids[size++] = pid;
        }

        /** Forgets the writes before the {@code first}-th (counted from the first write). */
        void dropBefore(long first) {
            int k = (int) Math.min(size, first - base);
            if (k <= 0) {
                return;
            }
            System.arraycopy(pids, k, pids, 0, size - k);
            System.arraycopy(lost, k, lost, 0, size - k);
            size -= k;
            base += k;
        }

        Writes copy() {
            Writes c = new Writes();
            c.base = base;
            c.size = size;
            c.pids = java.util.Arrays.copyOf(pids, Math.max(8, size));
            c.lost = java.util.Arrays.copyOf(lost, Math.max(8, size));
            return c;
        }
    }
    /** pool -> task id -> whether it runs (false: it waits for a worker). Finished tasks are removed. */
    private final Map<String, Map<String, Boolean>> tasks = new HashMap<>();
    private final java.util.Set<String> terminated = new java.util.HashSet<>();

    /** A copy that later events to either do not change: a checkpoint (the timeline goes back to it). */
    public StoryState copy() {
        StoryState c = new StoryState();
        c.processes.putAll(processes); // Proc is immutable
        handles.forEach((obj, of) -> c.handles.put(obj, new LinkedHashMap<>(of)));
        c.queued.putAll(queued);
        writes.forEach((value, ws) -> c.writes.put(value, ws.copy()));
        readAt.forEach((value, of) -> c.readAt.put(value, new HashMap<>(of)));
        c.lost.putAll(lost);
        tasks.forEach((pool, of) -> c.tasks.put(pool, new LinkedHashMap<>(of)));
        c.terminated.addAll(terminated);
        return c;
    }

    public void apply(Event e) {
        switch (e.kind()) {
            case START -> processes.put(e.pid(), new Proc(e.pid(), e.text() == null ? "pid " + e.pid() : e.text(),
                    Life.RUNNING, null, false));
            case EXIT -> {
                update(e.pid(), p -> p.life().alive() ? new Proc(p.pid(), p.name(), Life.ZOMBIE, null, p.orphan()) : p);
                readAt.forEach((value, of) -> { // an ended process writes no more: its last read holds no write back
                    if (of.remove(e.pid()) != null) {
                        forgetRead(value);
                    }
                });
            }
            case JOIN -> {
                update(pidIn(e.obj()), p -> new Proc(p.pid(), p.name(), Life.JOINED, null, p.orphan()));
                endWait(e.pid());
            }
            case ORPHAN -> update(e.pid(), p -> p.life().alive() ? new Proc(p.pid(), p.name(), p.life(), p.waitsIn(), true) : p);
            case BLOCK -> {
                boolean helper = BACKGROUND_WAIT.equals(e.text()) || (e.hasNum() && e.num() == 0);
                if (!helper) {
                    String call = (e.text() == null ? "?" : e.text()) + (e.obj() == null ? "" : " on " + e.obj());
                    update(e.pid(), p -> p.life().alive() ? new Proc(p.pid(), p.name(), Life.BLOCKED, call, p.orphan()) : p);
                }
            }
            // what ends a wait: the call it waited in returned (or timed out), or a worker got its task
            case EOF, ACQUIRE, TIMEOUT, WAKE -> endWait(e.pid());
            case SEND -> {
                queued.merge(otherEnd(e.obj()), 1, Integer::sum);
                endWait(e.pid());
            }
            case RECV -> {
                queued.merge(e.obj(), -1, Integer::sum);
                endWait(e.pid());
            }
            case VALUE_GET -> {
                Writes ws = writes.get(e.obj());
                readAt.computeIfAbsent(e.obj(), k -> new HashMap<>()).put(e.pid(), ws == null ? 0 : ws.count());
                forgetRead(e.obj());
            }
            case VALUE_SET -> write(e);
            case HANDLE -> handles.computeIfAbsent(e.obj(), k -> new LinkedHashMap<>()).put(e.pid(), true);
            case CLOSE -> {
                Map<Long, Boolean> of = handles.get(e.obj());
                if (of != null && of.containsKey(e.pid())) {
                    of.put(e.pid(), false);
                }
            }
            case PUT -> {
                queued.merge(e.obj(), 1, Integer::sum);
                endWait(e.pid());
            }
            case GET -> {
                queued.merge(e.obj(), -1, Integer::sum);
                endWait(e.pid());
            }
            case TASK_SUBMIT -> {
                if (!terminated.contains(poolOf(e.obj()))) { // a terminated pool fails a new task at once
                    tasksOf(e.obj()).put(e.obj(), false);
                }
            }
            case POOL_STATE -> {
                if ("terminate".equals(e.text()) && e.obj() != null) {
                    terminated.add(e.obj());
                    tasks.getOrDefault(e.obj(), new HashMap<>()).values().removeIf(runs -> !runs); // the waiting ones fail
                }
            }
            case TASK_START -> {
                tasksOf(e.obj()).put(e.obj(), true);
                endWait(e.pid());
            }
            case TASK_DONE -> tasksOf(e.obj()).remove(e.obj());
            default -> { }
        }
    }

    public void apply(List<Event> events) {
        for (Event e : events) {
            apply(e);
        }
    }

    /** The process that last started under this name, or null if none has. */
    public Proc process(String name) {
        Proc found = null;
        for (Proc p : processes.values()) {
            if (p.name().equals(name)) {
                found = p;
            }
        }
        return found;
    }

    public Proc process(long pid) {
        return processes.get(pid);
    }

    /** The names of the processes holding an open handle of {@code object} ("pipe-1:1", "queue-1"), sorted. */
    public List<String> openHolders(String object) {
        List<String> out = new ArrayList<>();
        handles.getOrDefault(object, Map.of()).forEach((pid, open) -> {
            if (open) {
                Proc p = processes.get(pid);
                out.add(p == null ? "pid " + pid : p.name());
            }
        });
        out.sort(null);
        return out;
    }

    /** Items put into the queue and not taken yet; for a pipe end, messages sent towards it and not received yet. */
    public int queued(String queueOrEnd) {
        return queued.getOrDefault(queueOrEnd, 0);
    }

    /** Updates of the shared value lost so far: writes that another process overwrote with a value based on an older read. */
    public int lost(String value) {
        return lost.getOrDefault(value, 0);
    }

    private void write(Event e) {
        Writes ws = writes.computeIfAbsent(e.obj(), k -> new Writes());
        Long read = readAt.getOrDefault(e.obj(), Map.of()).get(e.pid());
        if (read != null) {
            // the writes of others since this process read the value: it never saw them, and now overwrites them
            for (int i = (int) (read - ws.base); i < ws.size; i++) {
                if (ws.pids[i] != e.pid() && !ws.lost[i]) {
                    ws.lost[i] = true;
                    lost.merge(e.obj(), 1, Integer::sum);
                }
            }
        }
        ws.add(e.pid());
        forgetRead(e.obj());
    }

    /** Drops the writes of {@code value} before every open read: no later write can find them lost. */
    private void forgetRead(String value) {
        Writes ws = writes.get(value);
        if (ws == null) {
            return;
        }
        long oldest = ws.count();
        for (long r : readAt.getOrDefault(value, Map.of()).values()) {
            oldest = Math.min(oldest, r);
        }
        ws.dropBefore(oldest);
    }

    /** "pipe-1:1" -> "pipe-1:0": a message sent from one end travels towards the other. */
    private static String otherEnd(String end) {
        if (end == null || end.length() < 2 || end.charAt(end.length() - 2) != ':') {
            return end;
        }
        return end.substring(0, end.length() - 1) + (end.endsWith("0") ? "1" : "0");
    }

    /** Tasks of the pool that a worker has started and not finished. */
    public int running(String pool) {
        return (int) tasks.getOrDefault(pool, Map.of()).values().stream().filter(r -> r).count();
    }

    /** Tasks submitted to the pool that no worker has started yet. */
    public int waiting(String pool) {
        return (int) tasks.getOrDefault(pool, Map.of()).values().stream().filter(r -> !r).count();
    }

    private Map<String, Boolean> tasksOf(String taskId) {
        return tasks.computeIfAbsent(poolOf(taskId), k -> new LinkedHashMap<>());
    }

    /** "pool-1/task-3" -> "pool-1". */
    private static String poolOf(String taskId) {
        return taskId == null ? "" : taskId.contains("/") ? taskId.substring(0, taskId.indexOf('/')) : taskId;
    }

    private void endWait(long pid) {
        update(pid, p -> p.life() == Life.BLOCKED ? new Proc(p.pid(), p.name(), Life.RUNNING, null, p.orphan()) : p);
    }

    private void update(long pid, java.util.function.UnaryOperator<Proc> change) {
        Proc p = processes.get(pid);
        if (p != null) {
            processes.put(pid, change.apply(p));
        }
    }

    private static long pidIn(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
