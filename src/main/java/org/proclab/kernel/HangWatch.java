package org.proclab.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Op;

/**
 * Watches for processes that can never go on and reports them once, in a DEADLOCK event that names each
 * process, what it waits in, and who keeps that wait from ending.
 *
 * <p>The kernel knows every wait in the kernel, but not a process's other threads: a main thread in
 * {@code recv()} may be answered by its own second thread. So a suspect set is confirmed by asking each
 * suspect whether any thread of it could still act (PROBE); the set is reported only when every suspect
 * answered that it is idle, waiting on exactly the requests the kernel holds blocked, and no wait started or ended
 * since the question. Runs on the kernel's timer with the kernel's lock.
 */
final class HangWatch {
    private static final long FIRST_LOOK_MS = 150;
    private static final long CONFIRM_MS = 300;
    private static final long AGAIN_MS = 1000;

    private final Kernel kernel;
    private boolean scheduled;
    private boolean reported;
    private long probe;
    /** What was asked: the suspects and their waits at that moment. */
    private Map<Long, List<Waiter>> asked = Map.of();
    /** Suspects that answered the current probe: whether they are idle. */
    private final Map<Long, Boolean> idle = new HashMap<>();

    HangWatch(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Schedules a look at the wait-for graph; cheap to call after every block and every exit. Lock held. */
    void check() {
        schedule(FIRST_LOOK_MS);
    }

    private void schedule(long ms) {
        if (!scheduled && !reported) {
            scheduled = kernel.schedule(this::run, ms, TimeUnit.MILLISECONDS) != null;
        }
    }

    /**
     * A process answered a probe: idle means no thread of it outside a kernel wait could act, and the requests
     * it waits on are exactly those the kernel holds blocked. Not one answered, its answer still on the way;
     * nor a call the process gave up (an interrupted recv()), which the kernel still holds: counts of the two
     * matched by chance once, and a run was stopped as deadlocked while its main thread was being answered.
     */
    void answered(ProcessRecord p, long probeId, boolean quiet, int[] waitingRequests) {
        if (probeId == probe && asked.containsKey(p.pid)) {
            Set<Integer> blocked = new HashSet<>();
            for (Waiter w : p.waiters) {
                blocked.add(w.req.reqId());
            }
            idle.put(p.pid, quiet && waitsOnExactly(waitingRequests, blocked));
        }
    }

    /** Whether the requests a process waits on are the ones the kernel holds blocked, no more, no fewer. */
    static boolean waitsOnExactly(int[] waitingRequests, Set<Integer> blocked) {
        boolean same = waitingRequests.length == blocked.size(); // request ids are unique per process
        for (int id : waitingRequests) {
            same &= blocked.contains(id);
        }
        return same;
    }

    private void run() {
        synchronized (kernel) {
            scheduled = false;
            if (reported) {
                return;
            }
            Map<Long, List<Waiter>> waits = new LinkedHashMap<>();
            Map<Long, HangDetector.Node> graph = graph(waits, false);
            Set<Long> suspects = HangDetector.stuck(graph);
            if (suspects.isEmpty()) {
                asked = Map.of();
                return;
            }
            Map<Long, List<Waiter>> now = new LinkedHashMap<>();
            for (long pid : suspects) {
                now.put(pid, waits.get(pid));
            }
            if (now.equals(asked) && idle.keySet().containsAll(suspects)) {
                Set<Long> stuck = HangDetector.stuck(graph(waits, true));
                if (!stuck.isEmpty()) {
                    report(stuck, waits);
                    return;
                }
                asked = Map.of(); // someone is busy: ask again later, it may go idle without a kernel event
                schedule(AGAIN_MS);
                return;
            }
            if (!now.equals(asked)) {
                probe++;
                asked = now;
                idle.clear();
                for (long pid : suspects) {
                    kernel.probe(pid, probe);
                }
            }
            schedule(CONFIRM_MS);
        }
    }

    /**
     * The wait-for graph. Before any answer, every process is taken to be idle (to find suspects); with
     * {@code answers}, a process is idle only if it said so.
     */
    private Map<Long, HangDetector.Node> graph(Map<Long, List<Waiter>> waitsOut, boolean answers) {
        Map<Long, HangDetector.Node> graph = new LinkedHashMap<>();
        for (ProcessRecord p : kernel.records()) {
            List<HangDetector.Wait> waits = new ArrayList<>();
            for (Waiter w : p.waiters) {
                waits.add(new HangDetector.Wait(w.untimed(), w.req.op() == Op.JOIN ? Set.of(w.req.obj()) : kernel.ipc.helpers(w)));
            }
            waitsOut.put(p.pid, List.copyOf(p.waiters));
            boolean canAct = kernel.scheduler.holds(p.pid) || (answers && !Boolean.TRUE.equals(idle.get(p.pid)));
            graph.put(p.pid, new HangDetector.Node(p.alive(), canAct, waits));
        }
        return graph;
    }

    private void report(Set<Long> stuck, Map<Long, List<Waiter>> waits) {
        reported = true;
        Explainer names = explainer();
        // one wait per process, its main thread's if it has one; the root causes first: a join only waits
        // for a process that waits on something else
        List<Waiter> chosen = new ArrayList<>();
        for (long pid : stuck) {
            List<Waiter> ws = waits.get(pid);
            chosen.add(ws.stream().filter(w -> w.req.mainThread()).findFirst().orElse(ws.get(0)));
        }
        chosen.sort(Comparator.comparing(w -> w.req.op() == Op.JOIN));
        List<String> parts = new ArrayList<>();
        for (Waiter w : chosen) {
            parts.add(explain(w, names));
        }
        kernel.event(0, EventKind.DEADLOCK, String.join(",", stuck.stream().map(String::valueOf).toList()),
                "no process can go on. " + String.join(". ", parts) + ".", Event.NO_NUM);
    }

    private String explain(Waiter w, Explainer names) {
        if (w.req.op() == Op.JOIN) {
            ProcessRecord child = names.find(w.req.obj());
            String at = w.req.file() != null ? " (" + w.req.file() + ":" + w.req.line() + ")" : "";
            return w.process.label() + " waits in " + w.description + at + ", but "
                    + (child == null ? "that process" : child.name) + " is waiting too";
        }
        Set<Long> helpers = kernel.ipc.helpers(w);
        Set<Long> live = new LinkedHashSet<>();
        if (helpers != null) {
            for (long pid : helpers) {
                ProcessRecord h = names.find(pid);
                if (h != null && h.alive()) {
                    live.add(pid);
                }
            }
        }
        return kernel.ipc.explain(w, live, names);
    }

    private Explainer explainer() {
        return new Explainer() {
            @Override
            public ProcessRecord find(long pid) {
                return kernel.find(pid);
            }

            @Override
            public String of(Set<Long> pids, long self) {
                if (pids.isEmpty()) {
                    return "no running process";
                }
                List<String> out = new ArrayList<>();
                for (long pid : pids) {
                    ProcessRecord r = kernel.find(pid);
                    out.add(r == null ? "pid " + pid : r.label() + (pid == self ? " itself" : ""));
                }
                return String.join(", ", out);
            }
        };
    }
}
