package org.proclab.ui.tree.skin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcState;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.ProcessTreeView;

/**
 * Draws a {@link ProcessTreeView}: a {@link ProcessNodeBox} per process, placed by {@link TreeLayout},
 * and an elbow line from each parent down to each child. All boxes share one width, and each row one
 * height, so the tree reads as a grid of generations. A parent with more than {@link #BEYOND} children
 * draws its childless ones as {@link SmallProcessBox}s that wrap to the width the tree is given, under a line
 * that counts them by state, beside the whole box of the one selected: every process stays in sight and
 * can be picked, and 200 of them cost a few hundred small nodes, not 200 boxes in one row.
 */
public class ProcessTreeViewSkin extends SkinBase<ProcessTreeView> {
    static final double H_GAP = 28;
    static final double V_GAP = 36;
    /** More children than this, and the childless ones are drawn small. */
    public static final int BEYOND = 12;
    static final double CHIP_WIDTH = 62;
    static final double CHIP_HEIGHT = 22;
    static final double CHIP_GAP = 4;
    static final double HEADER_HEIGHT = 24;
    /** The empty tree's hint wraps at this width rather than widen the control. */
    private static final double PLACEHOLDER_WIDTH = 320;
    private static final PseudoClass ORPHAN = PseudoClass.getPseudoClass("orphan");

    private final Map<Long, ProcessNodeBox> boxes = new LinkedHashMap<>();
    private final Map<Long, SmallProcessBox> chips = new LinkedHashMap<>();
    private final Map<Long, Path> links = new LinkedHashMap<>();
    private final Map<Long, Family> families = new LinkedHashMap<>();
    private final Label placeholder = new Label();
    private final ListChangeListener<ProcessNode> onProcesses = this::changed;
    private final InvalidationListener onResources = o -> sync();
    private final InvalidationListener onSelection = o -> showSelection();

    /** A big family's parts: its summary, the line from its parent, its details box and the hint shown instead. */
    private final class Family {
        final Label summary = new Label();
        final Path link = newLink();
        final ProcessNodeBox details = new ProcessNodeBox();
        final Label hint = new Label();
        List<Long> members = List.of();

        Family() {
            summary.getStyleClass().add("family-summary");
            details.getStyleClass().add("process-details");
            hint.getStyleClass().add("details-hint");
            hint.setWrapText(true);
            getChildren().addAll(summary, details, hint);
        }

        void remove() {
            getChildren().removeAll(summary, link, details, hint);
        }
    }

    public ProcessTreeViewSkin(ProcessTreeView control) {
        super(control);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().add(placeholder);
        control.getProcesses().addListener(new WeakListChangeListener<>(onProcesses));
        control.resourcesProperty().addListener(new WeakInvalidationListener(onResources));
        control.selectedPidProperty().addListener(new WeakInvalidationListener(onSelection));
        sync();
    }

    /**
     * A process that changed (its state, its CPU time...) is shown again on its own box; only processes that
     * came or went make the whole tree sync, so a run of 200 does not redo 200 boxes for every CPU sample.
     */
    private void changed(ListChangeListener.Change<? extends ProcessNode> c) {
        List<ProcessNode> nodes = new ArrayList<>();
        while (c.next()) {
            if (!c.wasReplaced() || c.getAddedSize() != c.getRemovedSize()) {
                sync();
                return;
            }
            nodes.addAll(c.getAddedSubList());
        }
        ResourceBundle b = getSkinnable().getResources();
        for (ProcessNode n : nodes) {
            ProcessNodeBox box = boxes.get(n.pid());
            SmallProcessBox chip = chips.get(n.pid());
            if (box != null && box.node() != null && !box.node().children().equals(n.children())) {
                sync(); // a parent that gained a child may have a family to draw small now
                return;
            }
            if (box != null) {
                box.show(n, b);
                Path link = links.get(n.pid());
                if (link != null) {
                    link.pseudoClassStateChanged(ORPHAN, n.orphan());
                }
            } else if (chip != null) {
                chip.show(n, b);
                Family f = families.get(n.parentPid());
                if (f != null) {
                    f.summary.setText(summary(f.members, b));
                }
            }
        }
        showSelection();
    }

    /** Makes one box (or chip) per process and one line per parent link, reusing those that exist. */
    private void sync() {
        ProcessTreeView control = getSkinnable();
        ResourceBundle b = control.getResources();
        List<ProcessNode> nodes = control.getProcesses();
        Map<Long, List<Long>> grouped = TreeLayout.families(nodes, BEYOND);
        Set<Long> small = new HashSet<>();
        grouped.values().forEach(small::addAll);
        Set<Long> present = new HashSet<>();
        for (ProcessNode n : nodes) {
            present.add(n.pid());
            if (small.contains(n.pid())) {
                drop(boxes.remove(n.pid()));
                drop(links.remove(n.pid()));
                chips.computeIfAbsent(n.pid(), this::newChip).show(n, b);
            } else {
                drop(chips.remove(n.pid()));
                boxes.computeIfAbsent(n.pid(), this::newBox).show(n, b);
            }
        }
        for (ProcessNode n : nodes) {
            if (present.contains(n.parentPid()) && !small.contains(n.pid())) {
                Path link = links.computeIfAbsent(n.pid(), pid -> newLink());
                link.pseudoClassStateChanged(ORPHAN, n.orphan());
            }
        }
        boxes.entrySet().removeIf(e -> !present.contains(e.getKey()) && getChildren().remove(e.getValue()));
        chips.entrySet().removeIf(e -> !present.contains(e.getKey()) && getChildren().remove(e.getValue()));
        links.entrySet().removeIf(e -> !present.contains(e.getKey()) && getChildren().remove(e.getValue()));
        families.entrySet().removeIf(e -> {
            boolean gone = !grouped.containsKey(e.getKey());
            if (gone) {
                e.getValue().remove();
            }
            return gone;
        });
        grouped.forEach((parent, members) -> {
            Family f = families.computeIfAbsent(parent, p -> new Family());
            f.members = members;
            f.summary.setText(summary(members, b));
            f.hint.setText(I18n.text(b, "tree.detailsHint"));
        });
        placeholder.setText(I18n.text(b, "tree.placeholder"));
        placeholder.setVisible(nodes.isEmpty());
        showSelection();
        control.requestLayout();
    }

    /** "200 children: 150 running · 50 exited". */
    private String summary(List<Long> members, ResourceBundle b) {
        Map<ProcState, Integer> counts = new EnumMap<>(ProcState.class);
        for (long pid : members) {
            SmallProcessBox chip = chips.get(pid);
            if (chip != null && chip.node() != null) {
                counts.merge(chip.node().state(), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(I18n.text(b, "tree.familyState", Integer.toString(count),
                I18n.text(b, "state." + state.id()))));
        return I18n.text(b, "tree.family", Integer.toString(members.size()), String.join(" \u00B7 ", parts));
    }

    private void drop(Node n) {
        if (n != null) {
            getChildren().remove(n);
        }
    }

    private ProcessNodeBox newBox(long pid) {
        ProcessNodeBox box = new ProcessNodeBox();
        box.setOnMouseClicked(e -> getSkinnable().setSelectedPid(pid));
        getChildren().add(box);
        return box;
    }

    private SmallProcessBox newChip(long pid) {
        SmallProcessBox chip = new SmallProcessBox();
        chip.setMinSize(CHIP_WIDTH, CHIP_HEIGHT);
        chip.setPrefSize(CHIP_WIDTH, CHIP_HEIGHT);
        chip.setMaxSize(CHIP_WIDTH, CHIP_HEIGHT);
        chip.setOnMouseClicked(e -> getSkinnable().setSelectedPid(pid));
        getChildren().add(chip);
        return chip;
    }

    private Path newLink() {
        Path p = new Path();
        p.getStyleClass().add("process-link");
        p.setManaged(false); // moved during layout; must not ask for another layout
        getChildren().add(0, p); // behind the boxes
        return p;
    }

    private void showSelection() {
        ProcessTreeView control = getSkinnable();
        Long selected = control.getSelectedPid();
        boxes.forEach((pid, box) -> box.setSelected(pid.equals(selected)));
        chips.forEach((pid, chip) -> chip.setSelected(pid.equals(selected)));
        families.forEach((parent, f) -> {
            SmallProcessBox chosen = selected == null || !f.members.contains(selected) ? null : chips.get(selected);
            boolean shown = chosen != null && chosen.node() != null;
            if (shown) {
                f.details.show(chosen.node(), control.getResources());
                f.details.setId("process-details-" + parent); // the chip keeps the process's own id
                f.details.setSelected(true);
            }
            f.details.setVisible(shown);
            f.hint.setVisible(!shown);
        });
        control.requestLayout();
    }

    private double boxWidth() {
        double w = 0;
        for (ProcessNodeBox b : boxes.values()) {
            w = Math.max(w, b.prefWidth(-1));
        }
        for (Family f : families.values()) {
            w = Math.max(w, f.details.prefWidth(-1));
        }
        return Math.ceil(w);
    }

    private double detailsHeight(double boxWidth) {
        double h = 0;
        for (Family f : families.values()) {
            h = Math.max(h, f.details.isVisible() ? f.details.prefHeight(boxWidth) : f.hint.prefHeight(boxWidth));
        }
        return Math.ceil(h);
    }

    /** The places of everything, big families wrapped within {@code width} (infinite: as narrow as they go). */
    private TreeLayout.Result layout(double width) {
        double w = boxWidth();
        TreeLayout.Compact compact = new TreeLayout.Compact(BEYOND, CHIP_WIDTH, CHIP_HEIGHT, CHIP_GAP, HEADER_HEIGHT,
                detailsHeight(w), width);
        return TreeLayout.place(new ArrayList<>(getSkinnable().getProcesses()), w,
                pid -> {
                    ProcessNodeBox box = boxes.get(pid);
                    return box == null ? 0 : Math.ceil(box.prefHeight(w));
                }, H_GAP, V_GAP, compact);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (boxes.isEmpty()) {
            double pw = Math.min(w, PLACEHOLDER_WIDTH);
            placeholder.resizeRelocate(x + (w - pw) / 2, y + (h - placeholder.prefHeight(pw)) / 2, pw, placeholder.prefHeight(pw));
            return;
        }
        double bw = boxWidth();
        TreeLayout.Result r = layout(w);
        double left = x + Math.max(0, (w - r.width()) / 2); // centred when there is room
        r.places().forEach((pid, p) -> {
            ProcessNodeBox box = boxes.get(pid);
            if (box != null) {
                box.resizeRelocate(snapPositionX(left + p.x()), snapPositionY(y + p.y()), bw, p.height());
            }
        });
        r.chips().forEach((pid, p) -> {
            SmallProcessBox chip = chips.get(pid);
            if (chip != null) {
                chip.resizeRelocate(snapPositionX(left + p.x()), snapPositionY(y + p.y()), CHIP_WIDTH, CHIP_HEIGHT);
            }
        });
        r.groups().forEach((parent, g) -> {
            Family f = families.get(parent);
            TreeLayout.Place top = r.places().get(parent);
            if (f == null) {
                return;
            }
            f.summary.resizeRelocate(snapPositionX(left + g.x()), snapPositionY(y + g.y()), g.width(), HEADER_HEIGHT);
            TreeLayout.Place d = g.details();
            double dx = snapPositionX(left + d.x());
            double dy = snapPositionY(y + d.y());
            f.details.resizeRelocate(dx, dy, bw, f.details.prefHeight(bw));
            f.hint.resizeRelocate(dx, dy, bw, f.hint.prefHeight(bw));
            if (top != null) {
                route(f.link, left + top.x() + bw / 2, y + top.y() + top.height(), left + g.x() + g.width() / 2, y + g.y());
            }
        });
        for (ProcessNode n : getSkinnable().getProcesses()) {
            Path link = links.get(n.pid());
            TreeLayout.Place child = r.places().get(n.pid());
            TreeLayout.Place parent = r.places().get(n.parentPid());
            if (link != null && child != null && parent != null) {
                route(link, left + parent.x() + bw / 2, y + parent.y() + parent.height(), left + child.x() + bw / 2, y + child.y());
            }
        }
    }

    /** Down from the parent, across, down into the child: reads as a tree even with many children. */
    private static void route(Path link, double x1, double y1, double x2, double y2) {
        double mid = Math.round((y1 + y2) / 2) + 0.5;
        double ax = Math.round(x1) + 0.5;
        double bx = Math.round(x2) + 0.5;
        link.getElements().setAll(new MoveTo(ax, y1), new LineTo(ax, mid), new LineTo(bx, mid), new LineTo(bx, y2));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return boxes.isEmpty() ? Math.min(placeholder.prefWidth(-1), PLACEHOLDER_WIDTH) + left + right
                : layout(Double.POSITIVE_INFINITY).width() + left + right;
    }

    /** As high as the tree is when its big families wrap within {@code width}. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (boxes.isEmpty()) {
            return placeholder.prefHeight(PLACEHOLDER_WIDTH) + top + bottom;
        }
        double within = width < 0 ? Double.POSITIVE_INFINITY : Math.max(0, width - left - right);
        return layout(within).height() + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    public void dispose() {
        getChildren().clear();
        boxes.clear();
        chips.clear();
        links.clear();
        families.clear();
        super.dispose();
    }
}
