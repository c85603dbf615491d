package org.proclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which processes can never go on, from a wait-for graph. A process is stuck when none of its threads can
 * still act: each of its waits in the kernel has no time limit, its other threads are idle (the process
 * said so when asked), and every process that could end any of its waits is stuck too. The answer is the
 * largest such set: start from every candidate and drop those that someone outside could still help.
 * Pure: no kernel, no processes, so it is tested on hand-built graphs.
 */
final class HangDetector {
    private HangDetector() {}

    /**
     * One process in the graph.
     *
     * @param alive   still running (an ended process helps nobody)
     * @param canAct  some thread of it is not waiting in the kernel and could still act (or it is held in
     *                step mode, or it has not said that it is idle)
     * @param waits   its threads' waits in the kernel
     */
    record Node(boolean alive, boolean canAct, List<Wait> waits) {}

    /**
     * One wait.
     *
     * @param untimed  no time limit: it can only end when someone acts
     * @param helpers  the processes that could end it; null if anyone might (it cannot be known)
     */
    record Wait(boolean untimed, Set<Long> helpers) {}

    /** The stuck processes, in the graph's order. */
    static Set<Long> stuck(Map<Long, Node> graph) {
        Set<Long> stuck = new LinkedHashSet<>();
        for (Map.Entry<Long, Node> e : graph.entrySet()) {
            Node n = e.getValue();
            if (n.alive() && !n.canAct() && !n.waits().isEmpty()
                    && n.waits().stream().allMatch(w -> w.untimed() && w.helpers() != null)) {
                stuck.add(e.getKey());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Long pid : new ArrayList<>(stuck)) {
                if (helpedFromOutside(graph.get(pid), graph, stuck)) {
                    stuck.remove(pid);
                    changed = true;
                }
            }
        }
        return stuck;
    }

    private static boolean helpedFromOutside(Node n, Map<Long, Node> graph, Set<Long> stuck) {
        for (Wait w : n.waits()) {
            for (long helper : w.helpers()) {
                Node h = graph.get(helper);
                if (h != null && h.alive() && !stuck.contains(helper)) {
                    return true;
                }
            }
        }
        return false;
    }
}
