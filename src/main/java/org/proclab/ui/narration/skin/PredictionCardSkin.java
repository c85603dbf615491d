package org.proclab.ui.narration.skin;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Script;
import org.proclab.lesson.Text;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.PredictionCard;

/** Heading, question, numbered choices, "Run it", and a status line: paused, waiting, or the verdict. */
public class PredictionCardSkin extends SkinBase<PredictionCard> {
    private final Label heading = new Label();
    private final Label question = new Label();
    private final VBox choices = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Label keys = new Label();
    private final Button run = new Button();
    private final Label status = new Label();
    private final Hyperlink again = new Hyperlink();
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
        status.getStyleClass().add("status");
        status.setId("prediction-status");
        status.setWrapText(true);
        // wrapped texts keep their full height: the card must never cut the question or the verdict short
        question.setMinHeight(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // one run is one outcome: the link runs the program several times to show how often it holds
        again.setId("prediction-repeat");
        again.getStyleClass().add("repeat-link");
        again.setWrapText(true);
        again.setMinHeight(Region.USE_PREF_SIZE);
        again.setFocusTraversable(false);
        again.setOnAction(e -> card.model().repeat());
        again.managedProperty().bind(again.visibleProperty());
        root = new VBox(heading, question, choices, keys, run, status, again);
        root.getStyleClass().add("card-box");
        getChildren().add(root);

        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (!updating) {
                if (t == null && a != null && !card.model().confirmedProperty().get()) {
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
        m.actualProperty().addListener(refresh);
        m.pausedAtProperty().addListener(refresh);
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
        run.setText(getSkinnable().i18n().get("prediction.run"));
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
        updating = true;
        for (var n : choices.getChildren()) {
            ToggleButton b = (ToggleButton) n;
            int i = (Integer) b.getUserData();
            b.setSelected(i == chosen);
            b.setDisable(confirmed && i != chosen);
            Integer actual = m.actualProperty().get();
            b.pseudoClassStateChanged(PredictionCard.RIGHT, confirmed && actual != null && actual == i);
        }
        updating = false;
        run.setDisable(p == null || chosen < 0 || confirmed);
        status.setText(statusText(m, p, chosen, confirmed));
        again.setVisible(p != null && confirmed && m.actualProperty().get() != null);
    }

    private String statusText(NarrationModel m, Script.Prediction p, int chosen, boolean confirmed) {
        var i18n = getSkinnable().i18n();
        if (p == null) {
            return "";
        }
        Integer actual = m.actualProperty().get();
        if (confirmed && actual != null) {
            return i18n.get("prediction.verdict", p.choices().get(chosen).in(locale()), p.choices().get(actual).in(locale()),
                    i18n.get(actual == chosen ? "prediction.right" : "prediction.wrong"));
        }
        String paused = m.pausedAtProperty().get();
        if (paused != null && !confirmed) {
            String[] pw = paused.split("\\|", 2);
            return i18n.get("prediction.paused", pw[0], pw.length > 1 ? pw[1] : "");
        }
        if (confirmed) {
            return i18n.get("prediction.waiting", p.choices().get(chosen).in(locale()));
        }
        return "";
    }

    // wrapped lines need the width inside the padding, or the control asks for too little height
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return root.prefHeight(width < 0 ? -1 : width - left - right) + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}
