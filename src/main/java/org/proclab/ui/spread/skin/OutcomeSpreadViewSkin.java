package org.proclab.ui.spread.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Script;
import org.proclab.spread.Outcome;
import org.proclab.spread.OutcomeSpread;
import org.proclab.spread.OutputLine;
import org.proclab.ui.enumerate.skin.FractionBar;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.spread.OutcomeSpreadView;

/**
 * Draws an {@link OutcomeSpreadView}: a summary line; per distinct outcome a row with its count, a bar as
 * long as its share of the runs, and its differing lines; a toggle for the lines every run shared; then the
 * prediction's choices with how often each held. Rebuilt whenever the spread, the prediction, the student's
 * choice or the language changes: a spread has at most a few dozen rows.
 */
public class OutcomeSpreadViewSkin extends SkinBase<OutcomeSpreadView> {
    private final VBox content = new VBox();
    private final InvalidationListener onChange = o -> rebuild();
    private boolean showCommon;

    public OutcomeSpreadViewSkin(OutcomeSpreadView control) {
        super(control);
        content.getStyleClass().add("outcomes");
        getChildren().add(content);
        InvalidationListener weak = new WeakInvalidationListener(onChange);
        control.spreadProperty().addListener(weak);
        control.predictionProperty().addListener(weak);
        control.chosenProperty().addListener(weak);
        control.localeProperty().addListener(weak);
        rebuild();
    }

    private void rebuild() {
        OutcomeSpreadView v = getSkinnable();
        ResourceBundle b = I18n.bundle(v.localeProperty().get());
        OutcomeSpread s = v.getSpread();
        List<Node> nodes = new ArrayList<>();
        if (s == null || s.total() == 0) {
            nodes.add(label(I18n.text(b, "outcomes.placeholder"), "placeholder"));
            content.getChildren().setAll(nodes);
            return;
        }
        nodes.add(label(I18n.text(b, "outcomes.summary", s.total(), s.groups().size()), "outcomes-summary"));
        for (OutcomeSpread.Group g : s.groups()) {
            nodes.add(row(g, s, b));
        }
        common(s, b, nodes);
        Script.Prediction p = v.predictionProperty().get();
        if (p != null) {
            nodes.add(prediction(p, s, v.chosenProperty().get(), b, v.localeProperty().get()));
        }
        content.getChildren().setAll(nodes);
    }

    private static Node row(OutcomeSpread.Group g, OutcomeSpread s, ResourceBundle b) {
        Label count = label(g.count() + "\u00D7", "outcome-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FractionBar bar = new FractionBar("outcome-track", "outcome-fill");
        bar.setFraction(g.count() / (double) s.total());
        Label share = label(I18n.text(b, "outcomes.share", g.count(), s.total()), "outcome-share");
        HBox barLine = new HBox(8, bar, share);
        barLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        VBox body = new VBox(barLine);
        body.getStyleClass().add("outcome-body");
        for (OutputLine l : g.differing()) {
            body.getChildren().add(label(l.display(), "outcome-line"));
        }
        Outcome o = g.outcome();
        switch (o.ending()) {
            case DEADLOCK -> body.getChildren().add(label(I18n.text(b, "outcomes.ending.deadlock"), "outcome-ending"));
            case TIMEOUT -> body.getChildren().add(label(I18n.text(b, "outcomes.ending.timeout"), "outcome-ending"));
            case EXIT_CODE -> body.getChildren().add(label(I18n.text(b, "outcomes.ending.exitCode",
                    o.exitCode() == null ? "?" : o.exitCode().toString()), "outcome-ending"));
            case OK -> { }
        }
        if (body.getChildren().size() == 1) { // nothing tells it apart: say so rather than draw a bare bar
            if (s.groups().size() == 1 && !o.lines().isEmpty()) {
                // one outcome: its last line is most often the result the lesson is about ("final value: 20")
                body.getChildren().add(label(o.lines().get(o.lines().size() - 1).display(), "outcome-line"));
            }
            body.getChildren().add(label(s.groups().size() == 1
                    ? I18n.text(b, "outcomes.allSame", o.lines().size())
                    : I18n.text(b, "outcomes.nothingElse"), "outcome-note"));
        }
        HBox row = new HBox(10, count, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        row.getStyleClass().add("outcome");
        row.pseudoClassStateChanged(OutcomeSpreadView.DEADLOCK, o.ending() == Outcome.Ending.DEADLOCK);
        row.pseudoClassStateChanged(OutcomeSpreadView.TIMEOUT, o.ending() == Outcome.Ending.TIMEOUT);
        row.pseudoClassStateChanged(OutcomeSpreadView.FAILED, o.ending() == Outcome.Ending.EXIT_CODE);
        return row;
    }

    /** The lines every outcome shared, collapsed behind a toggle. */
    private void common(OutcomeSpread s, ResourceBundle b, List<Node> nodes) {
        int before = s.commonBefore();
        int after = s.commonAfter();
        if (before + after == 0) {
            return;
        }
        Label what = label(s.groups().size() == 1 ? I18n.text(b, "outcomes.commonAll", before)
                : I18n.text(b, "outcomes.common", before, after), "common-summary");
        Hyperlink toggle = new Hyperlink(I18n.text(b, showCommon ? "outcomes.hideCommon" : "outcomes.showCommon"));
        toggle.getStyleClass().add("common-toggle");
        toggle.setOnAction(e -> {
            showCommon = !showCommon;
            rebuild();
        });
        HBox head = new HBox(6, what, toggle);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(head);
        box.getStyleClass().add("common");
        if (showCommon) {
            List<OutputLine> lines = s.groups().get(0).outcome().lines();
            for (OutputLine l : lines.subList(0, before)) {
                box.getChildren().add(label(l.display(), "common-line"));
            }
            if (after > 0) {
                box.getChildren().add(label("\u22EE", "common-gap")); // where the differing lines go
                for (OutputLine l : lines.subList(lines.size() - after, lines.size())) {
                    box.getChildren().add(label(l.display(), "common-line"));
                }
            }
        }
        nodes.add(box);
    }

    private static Node prediction(Script.Prediction p, OutcomeSpread s, int chosen, ResourceBundle b, java.util.Locale locale) {
        VBox box = new VBox(label(I18n.text(b, "outcomes.prediction"), "prediction-heading"),
                label(p.ask().in(locale), "prediction-ask"));
        box.getStyleClass().add("prediction-spread");
        int[] counts = s.answerCounts(0, p.choices().size());
        for (int c = 0; c < counts.length; c++) {
            Label choice = label(p.choices().get(c).in(locale), "choice-text");
            FractionBar bar = new FractionBar("choice-track", "choice-fill");
            bar.setFraction(counts[c] / (double) s.total());
            Label held = label(I18n.text(b, "outcomes.held", counts[c], s.total()), "choice-held");
            held.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox barLine = new HBox(8, bar, held);
            barLine.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(bar, Priority.ALWAYS);
            HBox head = new HBox(8, choice);
            head.setAlignment(Pos.BASELINE_LEFT);
            if (c == chosen) {
                head.getChildren().add(label(I18n.text(b, "outcomes.yourChoice"), "your-choice"));
            }
            VBox row = new VBox(2, head, barLine);
            row.getStyleClass().add("choice-row");
            row.pseudoClassStateChanged(OutcomeSpreadView.CHOSEN, c == chosen);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
