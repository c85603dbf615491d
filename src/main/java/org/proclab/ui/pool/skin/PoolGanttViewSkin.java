package org.proclab.ui.pool.skin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.pool.PoolCallback;
import org.proclab.ui.pool.PoolGanttView;
import org.proclab.ui.pool.PoolLane;
import org.proclab.ui.pool.PoolMark;
import org.proclab.ui.pool.PoolSnapshot;
import org.proclab.ui.pool.PoolTask;
import org.proclab.ui.pool.PoolTimeAxis;
import org.proclab.ui.pool.TaskTexts;

/**
 * Draws a {@link PoolGanttView}. Bars, rows and ticks are nodes kept by task, worker and callback, so
 * a bar that grows while its task runs is the same node (its tooltip stays open while hovered). Every
 * worker has its row from its start, with a thin line for its life; a bar says which input its task got
 * ("work(3)", else "3" when that is all that fits). {@link PoolTimeAxis} says where each moment falls.
 */
public class PoolGanttViewSkin extends SkinBase<PoolGanttView> {
    static final double ROW_HEIGHT = 20;
    static final double ROW_GAP = 2;
    static final double AXIS_HEIGHT = 30;
    static final double LABEL_GAP = 12;
    static final double RIGHT_PAD = 24;
    /** The time track stretches to any width; this much reads well, so a diagram fitting its pane asks no more. */
    static final double TRACK_PREF_WIDTH = 360;
    private static final String OWNER_ROW = "owner";
    private static final javafx.css.PseudoClass TERMINATE = javafx.css.PseudoClass.getPseudoClass("terminate");

    private final Map<String, Region> rows = new LinkedHashMap<>();
    private final Map<String, Label> rowLabels = new LinkedHashMap<>();
    private final Map<String, Label> bars = new LinkedHashMap<>();
    private final Map<String, Region> lives = new LinkedHashMap<>();
    /** Measures a bar's possible labels in the bars' font. */
    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();
    private final List<Region> ticks = new ArrayList<>();
    private final List<Line> axisMarks = new ArrayList<>();
    private final List<Label> axisLabels = new ArrayList<>();
    private final List<Line> markLines = new ArrayList<>();
    private final List<Label> markLabels = new ArrayList<>();
    /** Marks closer than this many pixels share one line and label ("close · join"). */
    private static final double MARK_MERGE = 12;
    private final Line axis = new Line();
    private final Line now = new Line();
    private final Label axisTitle = new Label();
    private final Label placeholder = new Label();
    private final InvalidationListener onChange = o -> sync();
    /** Row keys in drawing order: worker pids, then the owner. */
    private List<String> order = List.of();
    private final Map<String, Long> workerOfBar = new LinkedHashMap<>();

    public PoolGanttViewSkin(PoolGanttView control) {
        super(control);
        axis.getStyleClass().add("gantt-axis");
        now.getStyleClass().add("gantt-now");
        axisTitle.getStyleClass().add("axis-title");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        for (Node n : List.of(axis, now)) {
            n.setManaged(false);
        }
        getChildren().addAll(axis, axisTitle, placeholder, now);
        control.stateProperty().addListener(new WeakInvalidationListener(onChange));
        control.localeProperty().addListener(new WeakInvalidationListener(onChange));
        sync();
    }

    private void sync() {
        PoolSnapshot p = getSkinnable().getState();
        ResourceBundle b = I18n.bundle(getSkinnable().getLocale());
        placeholder.setText(I18n.text(b, "pool.placeholder"));
        placeholder.setVisible(p == null);
        axisTitle.setText(I18n.text(b, "gantt.axis"));
        List<String> keys = new ArrayList<>();
        if (p != null) {
            for (PoolLane l : p.timelineLanes()) { // from its start, whether or not it has run a task yet
                String key = Long.toString(l.pid());
                keys.add(key);
                Label label = rowLabels.computeIfAbsent(key, this::newRow);
                label.setText(I18n.text(b, "gantt.worker", l.name(), key));
                ProcessPalette.apply(label, l.colorIndex());
                Region life = lives.computeIfAbsent(key, k -> newLife());
                ProcessPalette.apply(life, l.colorIndex());
                life.pseudoClassStateChanged(PoolGanttView.RUNNING, !l.ended());
            }
            keys.add(OWNER_ROW);
            Label owner = rowLabels.computeIfAbsent(OWNER_ROW, this::newRow);
            owner.setText(I18n.text(b, "gantt.owner", p.ownerName(), Long.toString(p.ownerPid())));
            ProcessPalette.apply(owner, p.ownerColor());
        }
        Set<String> keep = new HashSet<>(keys);
        rows.entrySet().removeIf(e -> !keep.contains(e.getKey()) && getChildren().remove(e.getValue()));
        rowLabels.entrySet().removeIf(e -> !keep.contains(e.getKey()) && getChildren().remove(e.getValue()));
        lives.entrySet().removeIf(e -> !keep.contains(e.getKey()) && getChildren().remove(e.getValue()));
        order = keys;

        Set<String> shown = new HashSet<>();
        workerOfBar.clear();
        if (p != null) {
            for (PoolTask t : p.tasks()) {
                if (!t.ran()) {
                    continue;
                }
                shown.add(t.id());
                Label bar = bars.computeIfAbsent(t.id(), id -> newBar());
                bar.setId("bar-" + t.number());
                bar.getProperties().put(Label.class, labels(t)); // the one that fits is chosen in layout
                PoolLane worker = p.lane(t.workerPid());
                ProcessPalette.apply(bar, worker == null ? -1 : worker.colorIndex());
                bar.pseudoClassStateChanged(PoolGanttView.RUNNING, t.status() == PoolTask.Status.RUNNING);
                bar.pseudoClassStateChanged(PoolGanttView.DONE, t.status() == PoolTask.Status.DONE);
                bar.pseudoClassStateChanged(PoolGanttView.FAILED, t.failed());
                bar.getTooltip().setText(tip(t, worker, p, b));
                workerOfBar.put(t.id(), t.workerPid());
            }
        }
        bars.entrySet().removeIf(e -> !shown.contains(e.getKey()) && getChildren().remove(e.getValue()));

        List<PoolCallback> callbacks = p == null ? List.of() : p.callbacks();
        while (ticks.size() < callbacks.size()) {
            Region tick = new Region();
            tick.getStyleClass().add("callback-tick");
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(tick, tip);
            tick.getProperties().put(Tooltip.class, tip);
            ticks.add(tick);
            getChildren().add(tick);
        }
        while (ticks.size() > callbacks.size()) {
            getChildren().remove(ticks.remove(ticks.size() - 1));
        }
        for (int i = 0; i < callbacks.size(); i++) {
            PoolCallback c = callbacks.get(i);
            Region tick = ticks.get(i);
            PoolTask t = p.task(c.taskId());
            tick.setId("tick-" + (t == null ? i : t.number()));
            tick.pseudoClassStateChanged(PoolGanttView.ERROR, c.isError());
            ProcessPalette.apply(tick, p.ownerColor());
            ((Tooltip) tick.getProperties().get(Tooltip.class)).setText(I18n.text(b, "gantt.tick." + c.which(),
                    c.call(), seconds(c.nanos()), p.ownerName()));
        }
        now.setVisible(p != null && p.tasks().stream().anyMatch(t -> t.status() == PoolTask.Status.RUNNING));
        getSkinnable().requestLayout();
    }

    private Label newRow(String key) {
        Region row = new Region();
        row.getStyleClass().add("gantt-row");
        row.setId("gantt-row-" + key);
        if (OWNER_ROW.equals(key)) {
            row.getStyleClass().add("owner-row");
        }
        rows.put(key, row);
        getChildren().add(0, row); // behind bars and ticks
        Label label = new Label();
        label.getStyleClass().add("gantt-row-label");
        Region chip = new Region();
        chip.getStyleClass().add("chip");
        label.setGraphic(chip);
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
        return label;
    }

    /** A worker's life, from its start to its end (or now), under its bars. */
    private Region newLife() {
        Region life = new Region();
        life.getStyleClass().add("gantt-life");
        life.setManaged(false);
        getChildren().add(rows.size(), life); // above the rows, below the bars
        return life;
    }

    /** What a bar may say, longest first: the call, then only its arguments. */
    private static List<String> labels(PoolTask t) {
        List<String> out = new ArrayList<>();
        out.add(TaskTexts.label(t));
        String args = t.arguments();
        if (args != null && !args.isEmpty()) {
            out.add(args);
        }
        return out;
    }

    /** The longest label that fits the bar whole, or none: a cut label ("wo") says nothing. */
    private String fitting(Label bar, double width) {
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) bar.getProperties().getOrDefault(Label.class, List.of());
        measure.setFont(bar.getFont());
        double room = width - bar.snappedLeftInset() - bar.snappedRightInset();
        for (String s : options) {
            measure.setText(s);
            if (measure.getLayoutBounds().getWidth() <= room) {
                return s;
            }
        }
        return "";
    }

    private Label newBar() {
        Label bar = new Label();
        bar.getStyleClass().add("gantt-bar");
        bar.setMinWidth(0);
        bar.setTextOverrun(OverrunStyle.CLIP);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(150));
        bar.setTooltip(tip);
        getChildren().add(bar);
        return bar;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String tip(PoolTask t, PoolLane worker, PoolSnapshot p, ResourceBundle b) {
        long end = t.ended() ? t.endNanos() : p.nowNanos();
        String result = switch (t.status()) {
            case RUNNING -> I18n.text(b, "gantt.tip.running");
            case DONE -> TaskTexts.outcome(t, p, b);
            default -> I18n.text(b, "gantt.tip.failed", TaskTexts.outcome(t, p, b));
        };
        return I18n.text(b, "gantt.tip", t.id(), t.call(), worker == null ? "?" : worker.name(),
                Long.toString(t.workerPid()), seconds(t.startNanos()),
                t.ended() ? I18n.text(b, "gantt.tip.end", seconds(t.endNanos())) : I18n.text(b, "gantt.tip.notYet"),
                seconds(Math.max(0, end - t.startNanos())), result);
    }

    // ---- layout ---------------------------------------------------------------------------------

    private double labelWidth() {
        double w = 90;
        for (Label l : rowLabels.values()) {
            w = Math.max(w, l.prefWidth(-1));
        }
        return Math.ceil(w);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        PoolSnapshot p = getSkinnable().getState();
        if (p == null) {
            double pw = Math.min(w, 360);
            double ph = placeholder.prefHeight(pw);
            placeholder.resizeRelocate(x + (w - pw) / 2, y + Math.max(0, (h - ph) / 2), pw, ph);
            axis.setVisible(false);
            axisTitle.setVisible(false);
            axisMarks.forEach(m -> m.setVisible(false));
            axisLabels.forEach(m -> m.setVisible(false));
            markLines.forEach(m -> m.setVisible(false));
            markLabels.forEach(m -> m.setVisible(false));
            return;
        }
        double labelW = labelWidth();
        double trackX = x + labelW + LABEL_GAP;
        double trackW = Math.max(40, w - labelW - LABEL_GAP - RIGHT_PAD);
        PoolTimeAxis timeAxis = PoolTimeAxis.of(p, trackX, trackW);
        java.util.function.LongToDoubleFunction xOf = timeAxis::xOf;

        Map<String, Double> rowY = new LinkedHashMap<>();
        double rowTop = y;
        for (String key : order) {
            rowY.put(key, rowTop);
            Region row = rows.get(key);
            row.resizeRelocate(snapPositionX(x), snapPositionY(rowTop), snapSizeX(w), ROW_HEIGHT);
            Label label = rowLabels.get(key);
            double lh = label.prefHeight(-1);
            label.resizeRelocate(snapPositionX(x + 4), snapPositionY(rowTop + (ROW_HEIGHT - lh) / 2), labelW, lh);
            Region life = lives.get(key);
            PoolLane lane = OWNER_ROW.equals(key) ? null : p.lane(Long.parseLong(key));
            if (life != null && lane != null) {
                double lx1 = xOf.applyAsDouble(lane.startNanos());
                double lx2 = xOf.applyAsDouble(lane.ended() ? lane.endNanos() : p.nowNanos());
                life.resizeRelocate(snapPositionX(lx1), snapPositionY(rowTop + ROW_HEIGHT / 2 - 1), Math.max(0, lx2 - lx1), 2);
            }
            rowTop += ROW_HEIGHT + ROW_GAP;
        }
        for (PoolTask t : p.tasks()) {
            Label bar = bars.get(t.id());
            Double top = rowY.get(Long.toString(t.workerPid()));
            if (bar == null || top == null) {
                continue;
            }
            double x1 = xOf.applyAsDouble(t.startNanos());
            double x2 = xOf.applyAsDouble(t.ended() ? t.endNanos() : p.nowNanos());
            // one pixel apart, so a worker's back-to-back tasks read as separate bars
            double bw = Math.max(3, snapSizeX(x2 - x1) - 1);
            bar.setText(fitting(bar, bw));
            bar.resizeRelocate(snapPositionX(x1), snapPositionY(top + 3), bw, ROW_HEIGHT - 6);
        }
        Double ownerTop = rowY.get(OWNER_ROW);
        for (int i = 0; i < ticks.size() && i < p.callbacks().size(); i++) {
            double cx = xOf.applyAsDouble(p.callbacks().get(i).nanos());
            ticks.get(i).resizeRelocate(snapPositionX(cx - 1.5), snapPositionY(ownerTop + 2), 3, ROW_HEIGHT - 4);
        }
        if (now.isVisible()) {
            double nx = Math.round(xOf.applyAsDouble(p.nowNanos())) + 0.5;
            now.setStartX(nx);
            now.setEndX(nx);
            now.setStartY(y);
            now.setEndY(rowTop - ROW_GAP);
        }
        layoutMarks(p, y, rowTop - ROW_GAP, ownerTop, x + w, xOf);
        layoutAxis(timeAxis, rowTop);
    }

    /** close(), terminate() and join() as dashed lines across the rows, named in the owner's row. */
    private void layoutMarks(PoolSnapshot p, double top, double bottom, double ownerTop, double right,
                             java.util.function.LongToDoubleFunction xOf) {
        List<double[]> xs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> terminate = new ArrayList<>();
        for (PoolMark m : p.marks()) {
            double mx = Math.round(xOf.applyAsDouble(m.nanos())) + 0.5;
            int last = xs.size() - 1;
            if (last >= 0 && mx - xs.get(last)[0] < MARK_MERGE) {
                names.set(last, names.get(last) + " \u00B7 " + m.what() + "()");
                terminate.set(last, terminate.get(last) || "terminate".equals(m.what()));
            } else {
                xs.add(new double[] {mx});
                names.add(m.what() + "()");
                terminate.add("terminate".equals(m.what()));
            }
        }
        while (markLines.size() < xs.size()) {
            Line line = new Line();
            line.getStyleClass().add("gantt-mark");
            line.setManaged(false);
            Label label = new Label();
            label.getStyleClass().add("gantt-mark-label");
            label.setManaged(false);
            markLines.add(line);
            markLabels.add(label);
            getChildren().addAll(line, label);
        }
        for (int i = 0; i < markLines.size(); i++) {
            Line line = markLines.get(i);
            Label label = markLabels.get(i);
            boolean used = i < xs.size();
            line.setVisible(used);
            label.setVisible(used);
            if (!used) {
                continue;
            }
            double mx = xs.get(i)[0];
            line.setStartX(mx);
            line.setEndX(mx);
            line.setStartY(top);
            line.setEndY(bottom);
            line.pseudoClassStateChanged(TERMINATE, terminate.get(i));
            label.pseudoClassStateChanged(TERMINATE, terminate.get(i));
            label.setText(names.get(i));
            label.autosize();
            double lx = mx + 3 + label.getWidth() <= right ? mx + 3 : mx - 3 - label.getWidth(); // stay inside
            label.relocate(lx, ownerTop + (ROW_HEIGHT - label.getHeight()) / 2);
        }
    }

    private void layoutAxis(PoolTimeAxis timeAxis, double top) {
        double trackX = timeAxis.x();
        double ay = Math.round(top + 2) + 0.5;
        axis.setVisible(true);
        axis.setStartX(trackX);
        axis.setEndX(trackX + timeAxis.width());
        axis.setStartY(ay);
        axis.setEndY(ay);
        List<PoolTimeAxis.Tick> values = timeAxis.ticks();
        while (axisMarks.size() < values.size()) {
            Line mark = new Line();
            mark.getStyleClass().add("axis-tick");
            mark.setManaged(false);
            Label label = new Label();
            label.getStyleClass().add("axis-label");
            label.setManaged(false);
            axisMarks.add(mark);
            axisLabels.add(label);
            getChildren().addAll(mark, label);
        }
        for (int i = 0; i < axisMarks.size(); i++) {
            Line mark = axisMarks.get(i);
            Label label = axisLabels.get(i);
            boolean used = i < values.size();
            mark.setVisible(used);
            label.setVisible(used);
            if (!used) {
                continue;
            }
            double mx = Math.round(values.get(i).x()) + 0.5;
            mark.setStartX(mx);
            mark.setEndX(mx);
            mark.setStartY(ay);
            mark.setEndY(ay + 5);
            label.setText(values.get(i).label());
            label.autosize();
            label.relocate(mx - label.getWidth() / 2, ay + 6);
        }
        axisTitle.setVisible(true);
        double tw = axisTitle.prefWidth(-1);
        axisTitle.resizeRelocate(trackX - tw - LABEL_GAP, ay + 6, tw, axisTitle.prefHeight(-1));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return labelWidth() + LABEL_GAP + TRACK_PREF_WIDTH + RIGHT_PAD + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (getSkinnable().getState() == null) {
            return placeholder.prefHeight(360) + top + bottom;
        }
        return order.size() * (ROW_HEIGHT + ROW_GAP) + AXIS_HEIGHT + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}
