package org.proclab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Other orders a recorded run could have happened in: the same events, each process's own in its order, and every
 * event after what caused it (a message after its send, an item after its put, end-of-file after the closes of the
 * other end, an exit after the terminate() that caused it, a join after the exit, a task's start after its
 * submission...). Independent processes' events are shuffled at random; {@link #random} gives one such order, with
 * events renumbered as a kernel would have logged them.
 */
final class Interleavings {
    private final List<Event> events;
    private final List<Set<Integer>> preds = new ArrayList<>();

    Interleavings(List<Event> events) {
        this.events = List.copyOf(events);
        for (int i = 0; i < events.size(); i++) {
            preds.add(new LinkedHashSet<>());
        }
        programOrder();
        causes();
        barriers();
    }

    /** Each process's events in their order; a child's START and the handles it got at start() in its parent's too. */
    private void programOrder() {
        Map<Long, Integer> last = new HashMap<>();
        Map<Long, Long> parentOf = new HashMap<>();
        Set<Long> ready = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.kind() == EventKind.START && e.hasNum()) {
                parentOf.put(e.pid(), e.num());
            }
            if (e.kind() == EventKind.READY) {
                ready.add(e.pid());
            }
            after(i, last.get(e.pid()));
            last.put(e.pid(), i);
            // start() records the child and its inherited handles before it returns to the parent
            boolean atStart = (e.kind() == EventKind.START || e.kind() == EventKind.HANDLE) && !ready.contains(e.pid());
            Long parent = parentOf.get(e.pid());
            if (atStart && parent != null) {
                after(i, last.get(parent));
                last.put(parent, i);
            }
        }
    }

    private void causes() {
        Map<String, Integer> sent = new HashMap<>();
        Map<String, Integer> put = new HashMap<>();
        Map<String, Integer> lastOnObject = new HashMap<>();
        Map<String, List<Integer>> closes = new HashMap<>();
        Map<Long, Integer> exit = new HashMap<>();
        Map<Long, Integer> stopRequest = new HashMap<>();
        Map<Long, Integer> joinWait = new HashMap<>();
        Map<Long, Long> parentOf = new HashMap<>();
        Map<String, Integer> task = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            switch (e.kind()) {
                case START -> {
                    if (e.hasNum()) {
                        parentOf.put(e.pid(), e.num());
                    }
                }
                case SEND -> sent.put(pipeOf(e.obj()) + "#" + e.num(), i);
                case RECV -> after(i, sent.get(pipeOf(e.obj()) + "#" + e.num()));
                case CLOSE -> closes.computeIfAbsent(e.obj(), k -> new ArrayList<>()).add(i);
                case EOF -> {
                    for (int c : closes.getOrDefault(otherEnd(e.obj()), List.of())) {
                        after(i, c);
                    }
                }
                case PUT, GET -> {
                    if (e.kind() == EventKind.PUT) {
                        put.put(e.obj() + "#" + e.num(), i);
                    } else {
                        after(i, put.get(e.obj() + "#" + e.num()));
                    }
                    onObject(i, e.obj(), lastOnObject); // items leave a queue in the order they came
                }
                case ACQUIRE, RELEASE, VALUE_NEW, VALUE_GET, VALUE_SET -> onObject(i, e.obj(), lastOnObject);
                case BLOCK -> {
                    if ("join()".equals(e.text())) {
                        joinWait.put(pid(e.obj()), i);
                    } else if (e.obj() != null && e.obj().startsWith("lock-")) {
                        onObject(i, e.obj(), lastOnObject);
                    }
                }
                case TERMINATE, KILL -> stopRequest.put(pid(e.obj()), i);
                case EXIT -> {
                    exit.put(e.pid(), i);
                    after(i, stopRequest.get(e.pid()));
                    after(i, joinWait.get(e.pid())); // someone waited for it in join(): it had not ended then
                }
                case JOIN -> after(i, exit.get(pid(e.obj())));
                case ORPHAN -> after(i, exit.get(parentOf.getOrDefault(e.pid(), -1L)));
                case TASK_SUBMIT -> task.put(e.obj(), i);
                case TASK_START, TASK_DONE, CALLBACK -> {
                    after(i, task.get(e.obj()));
                    task.put(e.obj(), i);
                }
                default -> { }
            }
        }
    }

    /** A deadlock report or a stop sees everything before it; nothing after it happened before. */
    private void barriers() {
        int lastBarrier = -1;
        for (int i = 0; i < events.size(); i++) {
            EventKind k = events.get(i).kind();
            if (k == EventKind.DEADLOCK || k == EventKind.STOP) {
                for (int j = lastBarrier + 1; j < i; j++) {
                    after(i, j);
                }
                lastBarrier = i;
            } else {
                after(i, lastBarrier < 0 ? null : lastBarrier);
            }
        }
    }

    private void onObject(int i, String obj, Map<String, Integer> last) {
        if (obj != null) {
            after(i, last.get(obj));
            last.put(obj, i);
        }
    }

    private void after(int i, Integer before) {
        if (before != null && before != i) {
            preds.get(i).add(before);
        }
    }

    /** One order of the events that keeps every process's order and every cause before its effect. */
    List<Event> random(Random random) {
        int n = events.size();
        int[] waitingFor = new int[n];
        List<List<Integer>> next = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            next.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            waitingFor[i] = preds.get(i).size();
            for (int p : preds.get(i)) {
                next.get(p).add(i);
            }
        }
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<Event> out = new ArrayList<>(n);
        long nanos = 0;
        while (!ready.isEmpty()) {
            int i = ready.remove(random.nextInt(ready.size()));
            Event e = events.get(i);
            nanos = Math.max(nanos, e.nanos());
            out.add(new Event(out.size(), nanos, e.pid(), e.kind(), e.obj(), e.text(), e.num(), e.file(), e.line()));
            for (int j : next.get(i)) {
                if (--waitingFor[j] == 0) {
                    ready.add(j);
                }
            }
        }
        if (out.size() != n) {
            throw new IllegalStateException("the causes form a cycle: " + (n - out.size()) + " events never became ready");
        }
        return out;
    }

    /** The events as recorded, renumbered the same way (for comparing with {@link #random}). */
    List<Event> recorded() {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            out.add(new Event(out.size(), e.nanos(), e.pid(), e.kind(), e.obj(), e.text(), e.num(), e.file(), e.line()));
        }
        return out;
    }

    private static String pipeOf(String end) {
        return end == null ? "" : end.contains(":") ? end.substring(0, end.indexOf(':')) : end;
    }

    private static String otherEnd(String end) {
        return end == null || !end.contains(":") ? end : pipeOf(end) + (end.endsWith(":0") ? ":1" : ":0");
    }

    private static long pid(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
