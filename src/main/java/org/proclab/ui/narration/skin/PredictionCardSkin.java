package org.proclab.ui.narration.skin;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Script;
import org.proclab.lesson.Text;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.PredictionCard;

/**
 * Heading, question, numbered choices, the button ("Run it", or "Continue" while the run waits for the
 * answer), a status line (paused, waiting, skipped, or the verdict) and, with the verdict only, the lesson's
 * explanation. The status area takes no room until it has something to say.
 */
public class PredictionCardSkin extends SkinBase<PredictionCard> {
    private final Label heading = new Label();
    private final Label question = new Label();
    private final VBox choices = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Label keys = new Label();
    private final Button run = new Button();
    private final Label status = new Label();
    private final Label explanation = new Label();
    private final Hyperlink again = new Hyperlink();
    private final VBox verdict = new VBox();
    private final ScrollPane verdictScroll = new ScrollPane(verdict);
    private boolean updating;

    private VBox root;

    public PredictionCardSkin(PredictionCard card) {
        super(card);
        heading.getStyleClass().add("heading");
        question.getStyleClass().add("question");
        question.setWrapText(true);
        choices.getStyleClass().add("choices");
        keys.getStyleClass().add("keys");
        run.getStyleClass().add("run-button");
        run.setId("prediction-run");
        run.setOnAction(e -> card.model().confirm());
        run.setFocusTraversable(false); // the card keeps the focus: Enter is its key
        status.getStyleClass().add("status");
        status.setId("prediction-status");
        status.setWrapText(true);
        explanation.getStyleClass().add("explanation");
        explanation.setId("prediction-explanation");
        explanation.setWrapText(true);
        explanation.managedProperty().bind(explanation.visibleProperty());
        // wrapped texts keep their full height: the card must never cut the question or the verdict short
        question.setMinHeight(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        // one run is one outcome: the link runs the program several times to show how often it holds
        again.setId("prediction-repeat");
        again.getStyleClass().add("repeat-link");
        again.setWrapText(true);
        again.setMinHeight(Region.USE_PREF_SIZE);
        again.setFocusTraversable(false);
        again.setOnAction(e -> card.model().repeat());
        again.managedProperty().bind(again.visibleProperty());
        // the verdict, the explanation and the link scroll when the column is short: the question and the
        // choices above them always show whole, and the card never grows over the panes around it
        verdict.getChildren().addAll(status, explanation, again);
        verdict.getStyleClass().add("verdict-box");
        verdictScroll.setFitToWidth(true);
        verdictScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        verdictScroll.getStyleClass().add("verdict-scroll");
        verdictScroll.setFocusTraversable(false);
        // no blank lines under the button before there is something to say: the column is short (lesson 6 at
        // 1280 x 800), and the lesson list and summary above need that room more
        verdictScroll.managedProperty().bind(verdictScroll.visibleProperty());
        root = new VBox(heading, question, choices, keys, run, verdictScroll);
        root.getStyleClass().add("card-box");
        VBox.setVgrow(verdictScroll, Priority.ALWAYS);
        getChildren().add(root);

        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (!updating) {
                if (t == null && a != null && card.model().isAsking()) {
                    a.setSelected(true); // a choice cannot be taken back, only changed
                } else if (t != null) {
                    card.model().choose((Integer) t.getUserData());
                }
            }
        });
        NarrationModel m = card.model();
        m.predictionProperty().addListener(o -> rebuild());
        card.i18n().localeProperty().addListener(o -> rebuild());
        InvalidationListener refresh = o -> refresh();
        m.chosenProperty().addListener(refresh);
        m.confirmedProperty().addListener(refresh);
        m.skippedProperty().addListener(refresh);
        m.actualProperty().addListener(refresh);
        m.pausedAtProperty().addListener(refresh);
        m.explanationProperty().addListener(refresh);
        rebuild();
    }

    private Locale locale() {
        return getSkinnable().i18n().getLocale();
    }

    private void rebuild() {
        Script.Prediction p = getSkinnable().model().predictionProperty().get();
        choices.getChildren().clear();
        heading.setText(getSkinnable().i18n().get("prediction.heading"));
        keys.setText(getSkinnable().i18n().get("prediction.keys"));
        again.setText(getSkinnable().i18n().get("prediction.repeat"));
        if (p == null) {
            question.setText("");
            refresh();
            return;
        }
        question.setText(p.ask().in(locale()));
        List<Text> cs = p.choices();
        for (int i = 0; i < cs.size(); i++) {
            ToggleButton b = new ToggleButton((i + 1) + "   " + cs.get(i).in(locale()));
            b.setUserData(i);
            b.setToggleGroup(group);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.getStyleClass().add("choice");
            b.setFocusTraversable(false); // the card keeps the focus, so 1–4 and Enter always reach it
            choices.getChildren().add(b);
        }
        refresh();
    }

    private void refresh() {
        NarrationModel m = getSkinnable().model();
        Script.Prediction p = m.predictionProperty().get();
        int chosen = m.chosenProperty().get();
        boolean confirmed = m.confirmedProperty().get();
        Integer actual = m.actualProperty().get();
        boolean judged = actual != null && (confirmed || m.skippedProperty().get());
        updating = true;
        for (var n : choices.getChildren()) {
            ToggleButton b = (ToggleButton) n;
            int i = (Integer) b.getUserData();
            b.setSelected(i == chosen);
            boolean right = judged && actual == i;
            b.setDisable(!m.isAsking() && i != chosen && !right); // the answer stays readable, marked right
            b.pseudoClassStateChanged(PredictionCard.RIGHT, right);
        }
        updating = false;
        boolean paused = m.pausedAtProperty().get() != null;
        // while the run waits, the button lets it go on: it says so, and is not the toolbar's "Run"
        run.setText(getSkinnable().i18n().get(paused ? "prediction.continue" : "prediction.run"));
        run.setDisable(!m.isAsking() || chosen < 0);
        status.setText(statusText(m, p, chosen, confirmed));
        Text why = m.explanationProperty().get();
        explanation.setText(why == null ? "" : why.in(locale()));
        explanation.setVisible(judged && why != null); // the explanation comes with the verdict, never before
        again.setVisible(judged);
        verdictScroll.setVisible(!status.getText().isEmpty() || explanation.isVisible() || again.isVisible());
    }

    private String statusText(NarrationModel m, Script.Prediction p, int chosen, boolean confirmed) {
        I18n i18n = getSkinnable().i18n();
        if (p == null) {
            return "";
        }
        Integer actual = m.actualProperty().get();
        String answer = choice(p, actual);
        if (m.skippedProperty().get()) {
            return answer == null ? i18n.get("prediction.skipped") : i18n.get("prediction.skippedVerdict", answer);
        }
        String mine = choice(p, chosen);
        if (confirmed && answer != null && mine != null) {
            return i18n.get("prediction.verdict", mine, answer,
                    i18n.get(actual == chosen ? "prediction.right" : "prediction.wrong"));
        }
        String paused = m.pausedAtProperty().get();
        if (paused != null && !confirmed) {
            String[] pw = paused.split("\\|", 2);
            return i18n.get("prediction.paused", pw[0], pw.length > 1 ? pw[1] : "");
        }
        if (confirmed && mine != null) {
            return i18n.get("prediction.waiting", mine);
        }
        return "";
    }

    /** The text of choice {@code i} of {@code p}, or null if there is no such choice. */
    private String choice(Script.Prediction p, Integer i) {
        return i == null || i < 0 || i >= p.choices().size() ? null : p.choices().get(i).in(locale());
    }

    // wrapped lines need the width inside the padding, or the control asks for too little height
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? -1 : width - left - right;
        if (!verdictScroll.isManaged()) {
            return root.prefHeight(w) + top + bottom;
        }
        // all of it: the scroll pane would ask only for its viewport
        return root.prefHeight(w) - verdictScroll.prefHeight(w) + verdict.prefHeight(w) + 4 + top + bottom;
    }

    /** Everything above the verdict whole, and the verdict's first lines; the rest scrolls. */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? -1 : width - left - right;
        if (!verdictScroll.isManaged()) {
            return root.prefHeight(w) + top + bottom;
        }
        double above = root.prefHeight(w) - verdictScroll.prefHeight(w);
        double verdictLines = Math.min(verdict.prefHeight(w), status.prefHeight(w) + 4);
        return above + verdictLines + top + bottom;
    }
}
