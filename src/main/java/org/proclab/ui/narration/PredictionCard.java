package org.proclab.ui.narration;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.proclab.lesson.Script;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.narration.skin.PredictionCardSkin;

/**
 * A prediction to make: the question, its choices as toggle buttons and "Run it" ("Continue" while the run
 * waits for the answer). After the run it says "You predicted X — it was Y", with the lesson's explanation,
 * and is {@code :right} or {@code :wrong}; {@code :skipped} when the student ran without predicting (it
 * still gives the answer); {@code :paused} while the run waits for the answer. Keys 1–4 pick a choice,
 * Enter confirms (the main window routes them here wherever the focus is). Styled in
 * {@code styles/narration.css}.
 */
public class PredictionCard extends Control {
    public static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    public static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    public static final PseudoClass CONFIRMED = PseudoClass.getPseudoClass("confirmed");
    public static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");
    private static final String STYLESHEET = "/styles/narration.css";

    private final NarrationModel model;
    private final I18n i18n;

    public PredictionCard(NarrationModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("prediction-card");
        setId("prediction-card");
        setFocusTraversable(true);
        // a filter, so that a focused toggle button does not take the keys first
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!model.isAsking()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.confirm();
                e.consume();
            } else if (choiceKey(e) >= 0) {
                model.choose(choiceKey(e));
                e.consume();
            }
        });
        InvalidationListener states = o -> updateStates();
        model.actualProperty().addListener(states);
        model.confirmedProperty().addListener(states);
        model.chosenProperty().addListener(states);
        model.pausedAtProperty().addListener(states);
        model.predictionProperty().addListener(states);
        model.skippedProperty().addListener(states);
        updateStates();
    }

    /** The choice a key picks (0-based: the key 1 picks 0), or -1 for any key but 1–4. */
    public static int choiceKey(KeyEvent e) {
        int d = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> e.getText() == null || e.getText().length() != 1 ? -1 : Character.digit(e.getText().charAt(0), 10);
        };
        return d >= 1 && d <= 4 ? d - 1 : -1;
    }

    private void updateStates() {
        Integer actual = model.actualProperty().get();
        boolean judged = actual != null && model.confirmedProperty().get(); // a skipped question is neither right nor wrong
        pseudoClassStateChanged(RIGHT, judged && actual == model.chosenProperty().get());
        pseudoClassStateChanged(WRONG, judged && actual != model.chosenProperty().get());
        pseudoClassStateChanged(PAUSED, model.pausedAtProperty().get() != null);
        pseudoClassStateChanged(CONFIRMED, model.confirmedProperty().get());
        pseudoClassStateChanged(SKIPPED, model.skippedProperty().get());
    }

    /** True once the run ended and the student's answer was the right one. */
    public boolean isRight() {
        return getPseudoClassStates().contains(RIGHT);
    }

    public Script.Prediction getPrediction() {
        return model.predictionProperty().get();
    }

    public NarrationModel model() {
        return model;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Its texts wrap: its height depends on its width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PredictionCardSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return PredictionCard.class.getResource(STYLESHEET).toExternalForm();
    }
}
