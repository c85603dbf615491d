package org.proclab.ui.spread;

import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.lesson.Script;
import org.proclab.spread.OutcomeSpread;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.spread.skin.OutcomeSpreadViewSkin;

/**
 * The spread of repeated runs: a bar per distinct outcome, most frequent first, with its count and the
 * lines that tell it from the others (the lines every outcome shares are collapsed), then, if the lesson
 * has a prediction, in how many runs each choice held, the student's choice marked. Styled in
 * {@code styles/outcome-spread.css}: rows {@code .outcome} (with {@code :deadlock :timeout :failed}) and
 * {@code .choice-row} (with {@code :chosen}).
 */
public class OutcomeSpreadView extends Control {
    public static final PseudoClass DEADLOCK = PseudoClass.getPseudoClass("deadlock");
    public static final PseudoClass TIMEOUT = PseudoClass.getPseudoClass("timeout");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private static final String STYLESHEET = "/styles/outcome-spread.css";

    private final ObjectProperty<OutcomeSpread> spread = new SimpleObjectProperty<>(this, "spread", OutcomeSpread.EMPTY);
    private final ObjectProperty<Script.Prediction> prediction = new SimpleObjectProperty<>(this, "prediction");
    private final IntegerProperty chosen = new SimpleIntegerProperty(this, "chosen", -1);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());

    public OutcomeSpreadView() {
        getStyleClass().setAll("outcome-spread-view");
        setFocusTraversable(false);
    }

    /** The outcomes to draw; null draws the placeholder. */
    public ObjectProperty<OutcomeSpread> spreadProperty() {
        return spread;
    }

    public OutcomeSpread getSpread() {
        return spread.get();
    }

    public void setSpread(OutcomeSpread s) {
        spread.set(s);
    }

    /** The prediction whose choices are counted (the lesson's first), or null for none. */
    public ObjectProperty<Script.Prediction> predictionProperty() {
        return prediction;
    }

    public void setPrediction(Script.Prediction p) {
        prediction.set(p);
    }

    /** The student's choice (0-based), -1 for none: bind it to the narration's {@code chosenProperty()}. */
    public IntegerProperty chosenProperty() {
        return chosen;
    }

    public void setChosen(int i) {
        chosen.set(i);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale l) {
        locale.set(l);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // lines wrap
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OutcomeSpreadViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return OutcomeSpreadView.class.getResource(STYLESHEET).toExternalForm();
    }
}
