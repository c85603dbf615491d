package org.proclab.ui.enumerate.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.enumerate.EnumerationComparison;
import org.proclab.ui.enumerate.EnumerationModel.Lane;
import org.proclab.ui.enumerate.EnumerationModel.Phase;
import org.proclab.ui.enumerate.EnumerationModel.Snapshot;
import org.proclab.ui.enumerate.EnumerationModel.Version;
import org.proclab.ui.enumerate.EnumerationView;
import org.proclab.ui.i18n.I18n;

/**
 * Draws an {@link EnumerationView}: a {@link Column} per version in an {@code HBox}, each with a
 * {@link LaneRow} per directory, and under them the {@link ComparisonBox} that says why the times differ.
 * Nodes are reused by position, so a live run only changes texts and bar lengths. Bars share one scale
 * across the columns (the biggest lane so far is full length), so the same directory's bar has the same
 * length in every version once it is done.
 */
public class EnumerationViewSkin extends SkinBase<EnumerationView> {
    private final HBox columns = new HBox();
    private final ComparisonBox comparison = new ComparisonBox();
    private final VBox content = new VBox(columns, comparison);
    private final Label placeholder = new Label();
    private final List<Column> shown = new ArrayList<>();
    private final InvalidationListener onChange = o -> sync();

    public EnumerationViewSkin(EnumerationView control) {
        super(control);
        columns.getStyleClass().add("columns");
        columns.setFillHeight(true); // columns of equal height, so their totals and times line up
        content.getStyleClass().add("content");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        getChildren().addAll(content, placeholder);
        control.stateProperty().addListener(new WeakInvalidationListener(onChange));
        control.localeProperty().addListener(new WeakInvalidationListener(onChange));
        sync();
    }

    private void sync() {
        EnumerationView control = getSkinnable();
        Snapshot s = control.getState() == null ? Snapshot.EMPTY : control.getState();
        ResourceBundle texts = I18n.bundle(control.getLocale());
        while (shown.size() < s.versions().size()) {
            Column c = new Column();
            shown.add(c);
            columns.getChildren().add(c);
        }
        while (shown.size() > s.versions().size()) {
            columns.getChildren().remove(shown.remove(shown.size() - 1));
        }
        long maxFiles = s.maxLaneFiles();
        long maxMillis = s.maxMillis();
        String fastest = s.fastest();
        for (int i = 0; i < shown.size(); i++) {
            Version v = s.versions().get(i);
            shown.get(i).show(v, texts, maxFiles, maxMillis, v.name().equals(s.current()), v.name().equals(fastest));
        }
        comparison.show(EnumerationComparison.of(s, texts).orElse(null), texts);
        placeholder.setText(text(texts, "placeholder"));
        placeholder.setVisible(s.versions().isEmpty());
        content.setVisible(!s.versions().isEmpty());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        content.resizeRelocate(x, y, w, Math.min(h, content.prefHeight(w))); // as tall as its columns and comparison, no more
        double pw = Math.min(w, placeholder.getMaxWidth());
        double ph = placeholder.prefHeight(pw);
        placeholder.resizeRelocate(x + (w - pw) / 2, y + Math.max(0, (h - ph) / 2), pw, ph);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        // a wrapping text asked without a width answers its one-line width, which a fitting pane scaled down to fit
        return shown.isEmpty() ? Math.min(placeholder.prefWidth(-1), placeholder.getMaxWidth()) + left + right
                : content.prefWidth(height) + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        // the comparison's sentences wrap: as tall as they are at the width they will be laid out at, inside the insets
        return shown.isEmpty() ? placeholder.prefHeight(placeholder.getMaxWidth()) + top + bottom
                : content.prefHeight(width < 0 ? -1 : width - left - right) + top + bottom;
    }

    @Override
    public void dispose() {
        getChildren().clear();
        shown.clear();
        super.dispose();
    }

    private static String text(ResourceBundle b, String key, Object... args) {
        return I18n.text(b, "enumerate." + key, args);
    }

    /** One version: title, processes and phase, its lanes, then its total and time. */
    static final class Column extends VBox {
        private final Label title = label("version-title");
        private final Label meta = label("version-meta");
        private final VBox lanes = new VBox();
        private final Label total = label("version-total");
        private final Label time = label("version-time");
        private final Label fastestBadge = label("fastest-badge");
        private final FractionBar timeBar = new FractionBar("time-track", "time-bar");
        private final List<LaneRow> rows = new ArrayList<>();

        Column() {
            getStyleClass().add("version-column");
            lanes.getStyleClass().add("lanes");
            HBox timeLine = new HBox(timeBar, time);
            timeLine.getStyleClass().add("time-line");
            timeLine.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(timeBar, Priority.ALWAYS);
            timeBar.setMaxWidth(Double.MAX_VALUE);
            HBox totalLine = new HBox(total, spacer(), fastestBadge);
            totalLine.setAlignment(Pos.CENTER_LEFT);
            VBox footer = new VBox(totalLine, timeLine);
            footer.getStyleClass().add("version-footer");
            title.setWrapText(true); // a narrow column shows all of "A process per directory", on two lines
            getChildren().addAll(title, meta, lanes, footer);
            VBox.setVgrow(lanes, Priority.ALWAYS); // footers at the bottom, level across the columns
            HBox.setHgrow(this, Priority.ALWAYS);
            setMaxWidth(Double.MAX_VALUE);
        }

        void show(Version v, ResourceBundle texts, long maxFiles, long maxMillis, boolean current, boolean fastest) {
            setId("version-" + v.name());
            title.setText(EnumerationComparison.title(v, texts));
            meta.setText(text(texts, "processes", v.processes()) + " \u00b7 " + text(texts, "phase." + v.phase().name()));
            pseudoClassStateChanged(EnumerationView.WAITING, v.phase() == Phase.WAITING);
            pseudoClassStateChanged(EnumerationView.RUNNING, v.phase() == Phase.RUNNING);
            pseudoClassStateChanged(EnumerationView.FINISHED, v.phase() == Phase.FINISHED);
            pseudoClassStateChanged(EnumerationView.CURRENT, current);
            pseudoClassStateChanged(EnumerationView.FASTEST, fastest);

            while (rows.size() < v.lanes().size()) {
                LaneRow r = new LaneRow();
                rows.add(r);
                lanes.getChildren().add(r);
            }
            while (rows.size() > v.lanes().size()) {
                lanes.getChildren().remove(rows.remove(rows.size() - 1));
            }
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).show(v.name(), v.lanes().get(i), texts, maxFiles);
            }

            total.setText(text(texts, "total", v.filesSoFar()));
            time.setText(v.millis() == null ? text(texts, "time.unknown") : text(texts, "time", v.millis()));
            timeBar.setFraction(v.millis() == null || maxMillis == 0 ? 0 : (double) v.millis() / maxMillis);
            fastestBadge.setText(text(texts, "fastest"));
            fastestBadge.setVisible(fastest);
        }
    }

    /** One directory: its path and count, a bar, and who walks it. */
    static final class LaneRow extends VBox {
        private final Label dir = label("lane-dir");
        private final Label count = label("lane-count");
        private final FractionBar bar = new FractionBar("lane-track", "lane-bar");
        private final Label worker = label("lane-worker");
        private final Label unreadable = label("lane-unreadable");
        private final Tooltip tip = new Tooltip();

        LaneRow() {
            getStyleClass().add("lane");
            dir.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // the end of a long path matters most
            dir.setMinWidth(0);
            HBox.setHgrow(dir, Priority.ALWAYS);
            dir.setMaxWidth(Double.MAX_VALUE);
            HBox head = new HBox(dir, count);
            head.getStyleClass().add("lane-head");
            head.setAlignment(Pos.BASELINE_LEFT);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox foot = new HBox(worker, spacer(), unreadable);
            foot.setAlignment(Pos.BASELINE_LEFT);
            getChildren().addAll(head, bar, foot);
            Tooltip.install(dir, tip);
        }

        void show(String version, Lane l, ResourceBundle texts, long maxFiles) {
            setId("lane-" + version + "-" + l.number());
            dir.setText(l.dir());
            tip.setText(l.dir());
            count.setText(text(texts, "lane.files", l.files()));
            bar.setFraction(maxFiles == 0 ? 0 : (double) l.files() / maxFiles);
            String who = l.pid() > 0 ? text(texts, "lane.worker", l.worker(), l.pid()) : l.worker();
            worker.setText(l.walkMillis() == null ? who : who + " \u00b7 " + text(texts, "lane.walked", l.walkMillis()));
            unreadable.setText(l.unreadable() > 0 ? text(texts, "lane.unreadable", l.unreadable()) : "");
            pseudoClassStateChanged(EnumerationView.DONE, l.done());
            pseudoClassStateChanged(EnumerationView.UNREADABLE, l.unreadable() > 0);
            if (l.colorIndex() >= 0) {
                ProcessPalette.apply(this, l.colorIndex()); // the same colour as the process in the tree
            } else {
                setStyle(""); // not known yet (a pool task still running): the stylesheet's neutral colour
            }
        }
    }

    /**
     * Under the columns, once one process and another version have finished: why their times differ, with
     * this run's figures. Hidden (and taking no room) before.
     */
    static final class ComparisonBox extends VBox {
        private final Label title = label("comparison-title");
        private final Label baseline = label("comparison-baseline");
        private final VBox parts = new VBox();
        private final Label lesson = label("comparison-lesson");
        private EnumerationComparison.Text shownText;

        ComparisonBox() {
            getStyleClass().add("comparison");
            parts.getStyleClass().add("comparison-parts");
            baseline.setWrapText(true);
            lesson.setWrapText(true);
            getChildren().addAll(title, baseline, parts, lesson);
            managedProperty().bind(visibleProperty());
            setPrefWidth(0); // its sentences wrap at the columns' width: they never make the view wider
            setMaxWidth(Double.MAX_VALUE);
        }

        void show(EnumerationComparison.Text c, ResourceBundle texts) {
            setVisible(c != null);
            if (Objects.equals(c, shownText)) {
                return; // the same sentences: most snapshots change only a lane's count
            }
            shownText = c;
            parts.getChildren().clear();
            if (c == null) {
                return;
            }
            title.setText(text(texts, "compare.title"));
            baseline.setText(c.baseline());
            lesson.setText(c.lesson());
            for (EnumerationComparison.Part p : c.parts()) {
                VBox part = new VBox();
                part.setId("comparison-" + p.version());
                part.getStyleClass().add("comparison-part");
                part.pseudoClassStateChanged(EnumerationView.SLOWER, p.slower());
                Label headline = label("comparison-headline");
                headline.setText(p.headline());
                headline.setWrapText(true);
                part.getChildren().add(headline);
                for (String r : p.reasons()) {
                    Label reason = label("comparison-reason");
                    reason.setText("\u2022 " + r);
                    reason.setWrapText(true);
                    part.getChildren().add(reason);
                }
                parts.getChildren().add(part);
            }
        }
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
