package org.proclab.ui.enumerate;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.enumerate.skin.EnumerationViewSkin;
import org.proclab.ui.i18n.I18n;

/**
 * Lesson 6's live view: one column per version of the job (one process, a process per directory, a
 * pool), side by side. In each column a bar per directory grows with the files its process has found,
 * drawn in that process's colour; under it the version's total and its time, as a bar scaled to the
 * slowest version. Styled in {@code styles/enumerate-view.css}; states are pseudo-classes:
 * {@code .version-column:waiting :running :finished :current :fastest} and {@code .lane:done :unreadable}.
 */
public class EnumerationView extends Control {
    public static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass FASTEST = PseudoClass.getPseudoClass("fastest");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    public static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");

    private static final String STYLESHEET = "/styles/enumerate-view.css";

    private final ObjectProperty<EnumerationModel.Snapshot> state =
            new SimpleObjectProperty<>(this, "state", EnumerationModel.Snapshot.EMPTY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());

    public EnumerationView() {
        getStyleClass().setAll("enumeration-view");
        setFocusTraversable(false);
    }

    /** A view that follows a model's state, such as {@code EnumerationViewModel.enumerationProperty()}. */
    public EnumerationView(ObservableValue<EnumerationModel.Snapshot> source) {
        this();
        state.bind(source);
    }

    /** What to draw: the enumeration fold's snapshot after some event. Null draws the placeholder. */
    public ObjectProperty<EnumerationModel.Snapshot> stateProperty() {
        return state;
    }

    public EnumerationModel.Snapshot getState() {
        return state.get();
    }

    public void setState(EnumerationModel.Snapshot s) {
        state.set(s);
    }

    /** The language of the labels (English or Chinese); bind it to the app's {@code I18n.localeProperty()}. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(l);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EnumerationViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return EnumerationView.class.getResource(STYLESHEET).toExternalForm();
    }
}
