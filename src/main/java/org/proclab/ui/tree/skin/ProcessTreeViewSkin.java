package org.proclab.ui.tree.skin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.ProcessTreeView;

/**
 * Draws a {@link ProcessTreeView}: a {@link ProcessNodeBox} per process, placed by {@link TreeLayout},
 * and an elbow line from each parent down to each child. All boxes share one width, and each row one
 * height, so the tree reads as a grid of generations.
 */
public class ProcessTreeViewSkin extends SkinBase<ProcessTreeView> {
    static final double H_GAP = 28;
    static final double V_GAP = 36;
    /** The empty tree's hint wraps at this width rather than widen the control. */
    private static final double PLACEHOLDER_WIDTH = 320;
    private static final PseudoClass ORPHAN = PseudoClass.getPseudoClass("orphan");

    private final Map<Long, ProcessNodeBox> boxes = new LinkedHashMap<>();
    private final Map<Long, Path> links = new LinkedHashMap<>();
    private final Label placeholder = new Label();
    private final ListChangeListener<ProcessNode> onProcesses = c -> sync();
    private final InvalidationListener onResources = o -> sync();
    private final InvalidationListener onSelection = o -> showSelection();

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

    /** Makes one box per process and one line per parent link, reusing those that exist. */
    private void sync() {
        ProcessTreeView control = getSkinnable();
        List<ProcessNode> nodes = control.getProcesses();
        Set<Long> present = new HashSet<>();
        for (ProcessNode n : nodes) {
            present.add(n.pid());
            ProcessNodeBox box = boxes.computeIfAbsent(n.pid(), this::newBox);
            box.show(n, control.getResources());
        }
        for (ProcessNode n : nodes) {
            if (present.contains(n.parentPid())) {
                Path link = links.computeIfAbsent(n.pid(), pid -> newLink());
                link.pseudoClassStateChanged(ORPHAN, n.orphan());
            }
        }
        boxes.entrySet().removeIf(e -> !present.contains(e.getKey()) && getChildren().remove(e.getValue()));
        links.entrySet().removeIf(e -> !present.contains(e.getKey()) && getChildren().remove(e.getValue()));
        placeholder.setText(I18n.text(control.getResources(), "tree.placeholder"));
        placeholder.setVisible(nodes.isEmpty());
        showSelection();
        control.requestLayout();
    }

    private ProcessNodeBox newBox(long pid) {
        ProcessNodeBox box = new ProcessNodeBox();
        box.setOnMouseClicked(e -> getSkinnable().setSelectedPid(pid));
        getChildren().add(box);
        return box;
    }

    private Path newLink() {
        Path p = new Path();
        p.getStyleClass().add("process-link");
        p.setManaged(false); // moved during layout; must not ask for another layout
        getChildren().add(0, p); // behind the boxes
        return p;
    }

    private void showSelection() {
        Long selected = getSkinnable().getSelectedPid();
        boxes.forEach((pid, box) -> box.setSelected(pid.equals(selected)));
    }

    private double boxWidth() {
        double w = 0;
        for (ProcessNodeBox b : boxes.values()) {
            w = Math.max(w, b.prefWidth(-1));
        }
        return Math.ceil(w);
    }

    private TreeLayout.Result layout() {
        double w = boxWidth();
        return TreeLayout.place(new ArrayList<>(getSkinnable().getProcesses()), w,
                pid -> Math.ceil(boxes.get(pid).prefHeight(w)), H_GAP, V_GAP);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (boxes.isEmpty()) {
            double pw = Math.min(w, PLACEHOLDER_WIDTH);
            placeholder.resizeRelocate(x + (w - pw) / 2, y + (h - placeholder.prefHeight(pw)) / 2, pw, placeholder.prefHeight(pw));
            return;
        }
        double bw = boxWidth();
        TreeLayout.Result r = layout();
        double left = x + Math.max(0, (w - r.width()) / 2); // centred when there is room
        for (ProcessNode n : getSkinnable().getProcesses()) {
            TreeLayout.Place p = r.places().get(n.pid());
            ProcessNodeBox box = boxes.get(n.pid());
            if (p != null && box != null) {
                box.resizeRelocate(snapPositionX(left + p.x()), snapPositionY(y + p.y()), bw, p.height());
            }
        }
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
                : layout().width() + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return boxes.isEmpty() ? placeholder.prefHeight(PLACEHOLDER_WIDTH) + top + bottom : layout().height() + top + bottom;
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
        links.clear();
        super.dispose();
    }
}
