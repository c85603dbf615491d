package org.proclab.ui.pool.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.pool.PoolLane;
import org.proclab.ui.pool.PoolSlotsView;
import org.proclab.ui.pool.PoolSnapshot;
import org.proclab.ui.pool.PoolTask;
import org.proclab.ui.pool.TaskTexts;

/**
 * Draws a {@link PoolSlotsView}: lanes, the waiting queue and the results, top to bottom. A pool has
 * few workers and tasks, so each change rebuilds the chips; lanes are kept, so a busy lane stays put.
 */
public class PoolSlotsViewSkin extends SkinBase<PoolSlotsView> {
    /** A result longer than this is cut in its chip; the chip's tooltip has all of it. */
    private static final int RESULT_CHARS = 36;
    /** A result's words wrap at this width rather than be cut. */
    private static final double RESULT_WIDTH = 260;
    /** A lane's width: its worker and the task it runs. */
    private static final double LANE_WIDTH = 380;

    private final VBox root = new VBox();
    private final Label title = styled(new Label(), "pool-title");
    private final Label summary = styled(new Label(), "pool-summary");
    private final Label lanesTitle = styled(new Label(), "section-title");
    /** Lanes side by side when the view is wide, as a scaled-down diagram is: it is then shorter. */
    private final FlowPane lanes = styled(new FlowPane(), "lanes");
    private final Label waitingTitle = styled(new Label(), "section-title");
    private final FlowPane waiting = styled(new FlowPane(), "waiting");
    private final Label resultsTitle = styled(new Label(), "section-title");
    private final FlowPane results = styled(new FlowPane(), "results");
    private final Label placeholder = styled(new Label(), "placeholder");
    private final List<Lane> laneNodes = new ArrayList<>();
    private final InvalidationListener onChange = o -> sync();

    public PoolSlotsViewSkin(PoolSlotsView control) {
        super(control);
        root.getStyleClass().add("pool-slots");
        lanes.setHgap(6);
        lanes.setVgap(3);
        lanes.setPrefWrapLength(LANE_WIDTH);
        waiting.setHgap(6);
        waiting.setVgap(6);
        results.setHgap(6);
        results.setVgap(6);
        placeholder.setWrapText(true);
        title.setWrapText(true);
        summary.setWrapText(true);
        // the title and the counts on one line when there is room: the diagram stays short enough to fit
        FlowPane header = new FlowPane(12, 0, title, summary);
        header.getStyleClass().add("pool-header");
        header.setPrefWrapLength(LANE_WIDTH);
        title.setWrapText(false);
        summary.setWrapText(false);
        waiting.managedProperty().bind(waiting.visibleProperty());
        root.getChildren().addAll(header, lanesTitle, lanes, waitingTitle, waiting, resultsTitle, results);
        getChildren().addAll(root, placeholder);
        control.stateProperty().addListener(new WeakInvalidationListener(onChange));
        control.localeProperty().addListener(new WeakInvalidationListener(onChange));
        control.highlightedObjectProperty().addListener(new WeakInvalidationListener(onChange));
        sync();
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private void sync() {
        PoolSnapshot p = getSkinnable().getState();
        ResourceBundle b = I18n.bundle(getSkinnable().getLocale());
        // the pool itself or one of its tasks ("pool-1/task-3") chosen elsewhere
        root.pseudoClassStateChanged(SnapshotView.HIGHLIGHTED,
                p != null && SnapshotView.highlights(getSkinnable().getHighlightedObject(), p.id()));
        placeholder.setText(I18n.text(b, "pool.placeholder"));
        placeholder.setVisible(p == null);
        root.setVisible(p != null);
        if (p == null) {
            return;
        }
        title.setText(I18n.text(b, "pool.title", p.id(), Integer.toString(p.processes()), p.ownerName(),
                Long.toString(p.ownerPid())));
        long done = p.finished().size();
        long failed = p.finished().stream().filter(PoolTask::failed).count();
        summary.setText(I18n.text(b, "pool.summary", Long.toString(p.busyCount()), Integer.toString(p.waiting().size()),
                Long.toString(done - failed), Long.toString(failed), I18n.text(b, "pool.phase." + p.phase().id())));

        List<PoolLane> slots = p.slots();
        lanesTitle.setText(I18n.text(b, "pool.workers", Integer.toString(slots.size())));
        while (laneNodes.size() < slots.size()) {
            Lane l = new Lane(laneNodes.size());
            laneNodes.add(l);
            lanes.getChildren().add(l);
        }
        while (laneNodes.size() > slots.size()) {
            lanes.getChildren().remove(laneNodes.remove(laneNodes.size() - 1));
        }
        for (int i = 0; i < slots.size(); i++) {
            laneNodes.get(i).show(slots.get(i), b);
        }

        waitingTitle.setText(I18n.text(b, "pool.waiting", Integer.toString(p.waiting().size())));
        List<Node> chips = new ArrayList<>();
        for (PoolTask t : p.waiting()) {
            Label chip = styled(new Label(taskText(t)), "task-chip");
            chip.setId("waiting-" + t.number());
            chips.add(chip);
        }
        waiting.getChildren().setAll(chips);
        waiting.setVisible(!chips.isEmpty()); // "(0)" in the title says it: no row for nothing

        resultsTitle.setText(I18n.text(b, "pool.results", Long.toString(done), Integer.toString(p.callbacks().size()),
                p.ownerName()));
        List<Node> rows = new ArrayList<>();
        for (PoolTask t : p.finished()) {
            rows.add(result(t, p, b));
        }
        if (rows.isEmpty()) {
            rows.add(styled(new Label(I18n.text(b, "pool.none")), "empty"));
        }
        results.getChildren().setAll(rows);
    }

    static String taskText(PoolTask t) {
        return TaskTexts.label(t);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /** One line: the call and its result, then when its callback ran in the parent (the title names the parent). */
    private static HBox result(PoolTask t, PoolSnapshot p, ResourceBundle b) {
        String outcome = TaskTexts.outcome(t, p, b);
        // the program's own result may be long: cut it (the tooltip has it all); ProcLab's words are shown whole
        boolean programs = t.why() == null || t.why() == PoolTask.Why.RAISED;
        String what = I18n.text(b, t.status() == PoolTask.Status.DONE ? "pool.result.done" : "pool.result.failed",
                taskText(t), programs ? cut(outcome) : outcome);
        Label call = styled(new Label(what), "result-call");
        call.setWrapText(true);
        call.setMaxWidth(RESULT_WIDTH);
        String back = t.callback() == null
                ? I18n.text(b, t.callbackDue() ? "pool.result.noCallbackYet" : "pool.result.noCallback")
                : I18n.text(b, "pool.result.back." + t.callback(), seconds(t.callbackNanos()));
        Label callback = styled(new Label(back), "result-callback");
        callback.setMinWidth(Region.USE_PREF_SIZE);
        HBox chip = styled(new HBox(8, call, callback), "result-chip");
        chip.setAlignment(Pos.BASELINE_LEFT);
        chip.setId("result-" + t.number());
        chip.pseudoClassStateChanged(PoolSlotsView.FAILED, t.status() == PoolTask.Status.FAILED);
        chip.pseudoClassStateChanged(PoolSlotsView.CANCELLED, t.status() == PoolTask.Status.CANCELLED);
        chip.pseudoClassStateChanged(PseudoClasses.CALLED_BACK, t.callback() != null);
        Tooltip.install(chip, new Tooltip(I18n.text(b, "pool.result.tip", t.id(), t.call(), outcome, seconds(t.endNanos()))
                + (t.callback() == null ? "" : "\n" + I18n.text(b, "pool.result.callback." + t.callback(),
                        seconds(t.callbackNanos()), p.ownerName()))));
        return chip;
    }

    private static String cut(String s) {
        if (s == null) {
            return "\u2014";
        }
        return s.length() <= RESULT_CHARS ? s : s.substring(0, RESULT_CHARS - 1) + "\u2026";
    }

    /** Pseudo-classes only this skin uses. */
    static final class PseudoClasses {
        static final javafx.css.PseudoClass CALLED_BACK = javafx.css.PseudoClass.getPseudoClass("called-back");

        private PseudoClasses() {}
    }

    /** One place of the pool: who fills it and what it runs. */
    private static final class Lane extends HBox {
        private final Label name = styled(new Label(), "lane-name");
        private final Label facts = styled(new Label(), "lane-facts");
        private final Label task = styled(new Label(), "lane-task");
        private final Tooltip tip = new Tooltip();

        Lane(int slot) {
            getStyleClass().add("pool-lane");
            setId("pool-lane-" + slot);
            setAlignment(Pos.CENTER_LEFT);
            Region stripe = styled(new Region(), "lane-stripe");
            HBox who = styled(new HBox(8, name, facts), "lane-who");
            who.setAlignment(Pos.BASELINE_LEFT);
            who.setMinWidth(Region.USE_PREF_SIZE);
            task.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(task, Priority.ALWAYS);
            getChildren().addAll(stripe, who, task);
            setPrefWidth(LANE_WIDTH);
            Tooltip.install(this, tip);
        }

        void show(PoolLane l, ResourceBundle b) {
            ProcessPalette.apply(this, l.colorIndex());
            pseudoClassStateChanged(PoolSlotsView.BUSY, l.busy());
            pseudoClassStateChanged(PoolSlotsView.IDLE, l.idle());
            pseudoClassStateChanged(PoolSlotsView.STARTING, !l.ready() && !l.ended());
            pseudoClassStateChanged(PoolSlotsView.EXITED, l.ended());
            name.setText(l.name());
            facts.setText(I18n.text(b, "pool.lane.facts", Long.toString(l.pid()), Integer.toString(l.tasksDone())));
            String state;
            if (l.busy()) {
                state = taskText(l.running());
            } else if (l.ended()) {
                state = I18n.text(b, "pool.lane.exited");
            } else if (!l.ready()) {
                state = I18n.text(b, "pool.lane.starting");
            } else {
                state = I18n.text(b, "pool.lane.idle");
            }
            task.setText(state);
            tip.setText(l.busy()
                    ? I18n.text(b, "pool.lane.tipBusy", l.name(), Long.toString(l.pid()), l.running().id(),
                            l.running().call(), seconds(l.running().startNanos()))
                    : I18n.text(b, "pool.lane.tip", l.name(), Long.toString(l.pid()), state));
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        root.resizeRelocate(x, y, w, h);
        double pw = Math.min(w, 360);
        double ph = placeholder.prefHeight(pw);
        placeholder.resizeRelocate(x + (w - pw) / 2, y + Math.max(0, (h - ph) / 2), pw, ph);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return Math.max(root.prefWidth(height), 360) + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width - left - right;
        return (getSkinnable().getState() == null ? placeholder.prefHeight(Math.min(w, 360)) : root.prefHeight(w))
                + top + bottom;
    }
}
