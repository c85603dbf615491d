package org.proclab.ui.tree.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.proclab.ui.model.ProcessNode;

/**
 * Where each box of a process tree goes: leaves side by side in START order, each parent centred above
 * its children, one row per generation, each row as tall as its tallest box. A big family (a parent with
 * more than {@link Compact#beyond()} children) draws its childless children as small boxes ("chips") that
 * wrap in a grid under it, beside room for the details of the one chosen: 200 children fit a window, not
 * one row 40,000 pixels long. Pure arithmetic, so it is tested without a window.
 */
public final class TreeLayout {
    /** A box's top-left corner and its height (its row's). */
    public record Place(double x, double y, double height) {}

    /**
     * A big family's grid under its parent: a summary line of {@code headerHeight} on top, then the details
     * box at {@code details} (as wide as a box) and the chips to its right, {@code columns} to a row.
     */
    public record Group(long parent, double x, double y, double width, double height, int columns,
                        List<Long> members, Place details) {}

    /** The places of all boxes (and chips, and groups) and the size they take together. */
    public record Result(Map<Long, Place> places, Map<Long, Place> chips, Map<Long, Group> groups,
                         double width, double height) {}

    /**
     * When and how small boxes are drawn: a parent with more than {@code beyond} children draws its
     * childless ones as chips of {@code chipWidth × chipHeight}, {@code gap} apart, in as many columns as
     * {@code maxWidth} leaves room for (at least {@link #MIN_COLUMNS}); the details box is
     * {@code detailsHeight} high. {@link #NEVER} draws every process as a box.
     */
    public record Compact(int beyond, double chipWidth, double chipHeight, double gap, double headerHeight,
                          double detailsHeight, double maxWidth) {
        public static final int MIN_COLUMNS = 4;
        public static final Compact NEVER = new Compact(Integer.MAX_VALUE, 0, 0, 0, 0, 0, Double.POSITIVE_INFINITY);

        /** The same, laid out within {@code width}. */
        public Compact within(double width) {
            return new Compact(beyond, chipWidth, chipHeight, gap, headerHeight, detailsHeight, width);
        }
    }

    private final Map<Long, ProcessNode> byPid = new LinkedHashMap<>();
    private final Map<Long, Double> xs = new LinkedHashMap<>();
    private final Map<Long, Integer> levels = new LinkedHashMap<>();
    private final Map<Long, List<Long>> families;
    private final Map<Long, double[]> groupBoxes = new LinkedHashMap<>(); // parent -> {x, level, width, height, columns}
    private final Set<Long> visited = new HashSet<>();
    private final double boxWidth;
    private final double hGap;
    private final Compact compact;
    private double cursor;

    private TreeLayout(List<ProcessNode> nodes, double boxWidth, double hGap, Compact compact) {
        nodes.forEach(n -> byPid.put(n.pid(), n));
        this.boxWidth = boxWidth;
        this.hGap = hGap;
        this.compact = compact;
        this.families = families(nodes, compact.beyond());
    }

    /** Every box {@code boxWidth} wide and {@code boxHeight} high. */
    public static Result place(List<ProcessNode> nodes, double boxWidth, double boxHeight, double hGap, double vGap) {
        return place(nodes, boxWidth, pid -> boxHeight, hGap, vGap);
    }

    /** Every box {@code boxWidth} wide; each row as high as the highest {@code heightOf} in it. */
    public static Result place(List<ProcessNode> nodes, double boxWidth, ToDoubleFunction<Long> heightOf,
                               double hGap, double vGap) {
        return place(nodes, boxWidth, heightOf, hGap, vGap, Compact.NEVER);
    }

    /** As {@link #place(List, double, ToDoubleFunction, double, double)}, big families drawn as {@code compact} says. */
    public static Result place(List<ProcessNode> nodes, double boxWidth, ToDoubleFunction<Long> heightOf,
                               double hGap, double vGap, Compact compact) {
        TreeLayout t = new TreeLayout(nodes, boxWidth, hGap, compact);
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
        t.levels.forEach((pid, level) -> grow(rows, level, heightOf.applyAsDouble(pid)));
        t.groupBoxes.values().forEach(g -> grow(rows, (int) g[1], g[3]));
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
        Map<Long, Place> chips = new LinkedHashMap<>();
        Map<Long, Group> groups = new LinkedHashMap<>();
        t.groupBoxes.forEach((parent, g) -> groups.put(parent, t.group(parent, g, tops.get((int) g[1]), chips)));
        double width = t.cursor == 0 ? 0 : t.cursor - hGap;
        return new Result(places, chips, groups, width, rows.isEmpty() ? 0 : y - vGap);
    }

    /** The pids drawn as chips, by parent: the childless children of every parent with more than {@code beyond}. */
    public static Map<Long, List<Long>> families(List<ProcessNode> nodes, int beyond) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        if (beyond == Integer.MAX_VALUE) {
            return out;
        }
        Map<Long, ProcessNode> byPid = new HashMap<>();
        nodes.forEach(n -> byPid.put(n.pid(), n));
        for (ProcessNode n : nodes) {
            if (n.children().size() <= beyond) {
                continue;
            }
            List<Long> members = new ArrayList<>();
            for (long c : n.children()) {
                ProcessNode child = byPid.get(c);
                if (child != null && child.pid() != n.pid() && !hasChildrenIn(child, byPid)) {
                    members.add(c);
                }
            }
            if (!members.isEmpty()) {
                out.put(n.pid(), members);
            }
        }
        return out;
    }

    private static boolean hasChildrenIn(ProcessNode n, Map<Long, ProcessNode> byPid) {
        return n.children().stream().anyMatch(byPid::containsKey);
    }

    private static void grow(List<Double> rows, int level, double height) {
        while (rows.size() <= level) {
            rows.add(0.0);
        }
        rows.set(level, Math.max(rows.get(level), height));
    }

    private double placeSubtree(ProcessNode n, int level) {
        visited.add(n.pid());
        List<Long> members = families.getOrDefault(n.pid(), List.of());
        Set<Long> inGrid = new HashSet<>(members);
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (long c : n.children()) {
            ProcessNode child = byPid.get(c);
            if (child != null && !visited.contains(c) && !inGrid.contains(c)) {
                double cx = placeSubtree(child, level + 1);
                left = Math.min(left, cx);
                right = Math.max(right, cx + boxWidth);
            }
        }
        if (!members.isEmpty()) {
            members.forEach(visited::add);
            double[] g = groupBox(members.size(), level + 1);
            groupBoxes.put(n.pid(), g);
            left = Math.min(left, g[0]);
            right = Math.max(right, g[0] + g[2]);
        }
        double x;
        if (left == Double.POSITIVE_INFINITY) {
            x = cursor;
            cursor += boxWidth + hGap;
        } else {
            x = (left + right) / 2 - boxWidth / 2;
        }
        xs.put(n.pid(), x);
        levels.put(n.pid(), level);
        return x;
    }

    /** Takes the room of a family's grid at the cursor: {x, level, width, height, columns}. */
    private double[] groupBox(int count, int level) {
        double pitch = compact.chipWidth() + compact.gap();
        int columns;
        if (Double.isInfinite(compact.maxWidth())) {
            columns = Math.min(count, Compact.MIN_COLUMNS);
        } else {
            double share = compact.maxWidth() / families.size() - boxWidth - hGap;
            columns = (int) Math.floor((share + compact.gap()) / pitch);
            columns = Math.max(Math.min(count, Compact.MIN_COLUMNS), Math.min(count, columns));
        }
        int rows = (count + columns - 1) / columns;
        double chipsHeight = rows * (compact.chipHeight() + compact.gap()) - compact.gap();
        double width = boxWidth + hGap + columns * pitch - compact.gap();
        double height = compact.headerHeight() + Math.max(chipsHeight, compact.detailsHeight());
        double x = cursor;
        cursor += width + hGap;
        return new double[] {x, level, width, height, columns};
    }

    private Group group(long parent, double[] g, double top, Map<Long, Place> chips) {
        List<Long> members = families.get(parent);
        int columns = (int) g[4];
        double pitchX = compact.chipWidth() + compact.gap();
        double pitchY = compact.chipHeight() + compact.gap();
        double chipsLeft = g[0] + boxWidth + hGap;
        double chipsTop = top + compact.headerHeight();
        for (int i = 0; i < members.size(); i++) {
            chips.put(members.get(i), new Place(chipsLeft + (i % columns) * pitchX, chipsTop + (i / columns) * pitchY,
                    compact.chipHeight()));
        }
        return new Group(parent, g[0], top, g[2], g[3], columns, List.copyOf(members),
                new Place(g[0], chipsTop, compact.detailsHeight()));
    }
}
