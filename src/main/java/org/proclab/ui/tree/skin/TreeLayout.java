package org.proclab.ui.tree.skin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.proclab.ui.model.ProcessNode;

/**
 * Where each box of a process tree goes: leaves side by side in START order, each parent centred above
 * its children, one row per generation, each row as tall as its tallest box. Pure arithmetic, so it is
 * tested without a window.
 */
public final class TreeLayout {
    /** A box's top-left corner and its height (its row's). */
    public record Place(double x, double y, double height) {}

    /** The places of all boxes and the size they take together. */
    public record Result(Map<Long, Place> places, double width, double height) {}

    private final Map<Long, ProcessNode> byPid = new LinkedHashMap<>();
    private final Map<Long, Double> xs = new LinkedHashMap<>();
    private final Map<Long, Integer> levels = new LinkedHashMap<>();
    private final Set<Long> visited = new HashSet<>();
    private final double boxWidth;
    private final double hGap;
    private int slots;

    private TreeLayout(List<ProcessNode> nodes, double boxWidth, double hGap) {
        nodes.forEach(n -> byPid.put(n.pid(), n));
        this.boxWidth = boxWidth;
        this.hGap = hGap;
    }

    /** Every box {@code boxWidth} wide and {@code boxHeight} high. */
    public static Result place(List<ProcessNode> nodes, double boxWidth, double boxHeight, double hGap, double vGap) {
        return place(nodes, boxWidth, pid -> boxHeight, hGap, vGap);
    }

    /** Every box {@code boxWidth} wide; each row as high as the highest {@code heightOf} in it. */
    public static Result place(List<ProcessNode> nodes, double boxWidth, ToDoubleFunction<Long> heightOf,
                               double hGap, double vGap) {
        TreeLayout t = new TreeLayout(nodes, boxWidth, hGap);
        for (ProcessNode n : nodes) {
            if (!t.byPid.containsKey(n.parentPid())) {
                t.placeSubtree(n, 0);
            }
        }
        for (ProcessNode n : nodes) {
            if (!t.visited.contains(n.pid())) {
                t.placeSubtree(n, 0); // a loop in the parent links: draw it as a root rather than lose it
            }
        }
        List<Double> rows = new ArrayList<>();
        t.levels.forEach((pid, level) -> {
            while (rows.size() <= level) {
                rows.add(0.0);
            }
            rows.set(level, Math.max(rows.get(level), heightOf.applyAsDouble(pid)));
        });
        List<Double> tops = new ArrayList<>();
        double y = 0;
        for (double h : rows) {
            tops.add(y);
            y += h + vGap;
        }
        Map<Long, Place> places = new LinkedHashMap<>();
        t.xs.forEach((pid, x) -> {
            int level = t.levels.get(pid);
            places.put(pid, new Place(x, tops.get(level), rows.get(level)));
        });
        double width = t.slots == 0 ? 0 : t.slots * (boxWidth + hGap) - hGap;
        return new Result(places, width, rows.isEmpty() ? 0 : y - vGap);
    }

    private double placeSubtree(ProcessNode n, int level) {
        visited.add(n.pid());
        List<Double> childXs = new ArrayList<>();
        for (long c : n.children()) {
            ProcessNode child = byPid.get(c);
            if (child != null && !visited.contains(c)) {
                childXs.add(placeSubtree(child, level + 1));
            }
        }
        double x;
        if (childXs.isEmpty()) {
            x = slots * (boxWidth + hGap);
            slots++;
        } else {
            x = (childXs.get(0) + childXs.get(childXs.size() - 1)) / 2;
        }
        xs.put(n.pid(), x);
        levels.put(n.pid(), level);
        return x;
    }
}
