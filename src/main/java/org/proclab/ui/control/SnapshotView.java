package org.proclab.ui.control;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import org.proclab.ui.i18n.I18n;

/**
 * A control that draws one immutable snapshot of a fold (the state after some event) in the UI's
 * language. Live runs and the timeline give it snapshots; its skin only draws them. The object chosen
 * elsewhere (an event in the event log) is drawn {@code :highlighted}.
 *
 * @param <S> the fold's snapshot type
 */
public abstract class SnapshotView<S> extends Control {
    /** On the node of the {@linkplain #highlightedObjectProperty() highlighted object}. */
    public static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final String stylesheet;
    private final ObjectProperty<S> state;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());
    private final StringProperty highlightedObject = new SimpleStringProperty(this, "highlightedObject");

    protected SnapshotView(String styleClass, String stylesheet, S empty) {
        this.stylesheet = stylesheet;
        this.state = new SimpleObjectProperty<>(this, "state", empty);
        getStyleClass().setAll(styleClass);
        setFocusTraversable(false);
    }

    /** Follows a model's state property. */
    protected final void follow(ObservableValue<S> source) {
        state.bind(source);
    }

    /** What to draw: the fold's snapshot after some event. Null draws nothing (or a placeholder). */
    public ObjectProperty<S> stateProperty() {
        return state;
    }

    public S getState() {
        return state.get();
    }

    public void setState(S s) {
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

    /**
     * The object to point out, by its id in the event log ("pipe-1:1", "queue-1", "lock-1", "value-1",
     * "pool-1"), or null. A part highlights its whole: a pipe end its pipe, a value's lock its value.
     */
    public StringProperty highlightedObjectProperty() {
        return highlightedObject;
    }

    public String getHighlightedObject() {
        return highlightedObject.get();
    }

    public void setHighlightedObject(String id) {
        highlightedObject.set(id);
    }

    /**
     * Whether a node drawn for object {@code id} is highlighted when {@code highlighted} is: the object
     * itself or one of its parts (a pipe end "pipe-1:0", a value's lock "value-1.lock", a pool task "pool-1/task-3").
     */
    public static boolean highlights(String highlighted, String id) {
        if (highlighted == null || id == null) {
            return false;
        }
        return highlighted.equals(id) || highlighted.startsWith(id + ":") || highlighted.startsWith(id + ".")
                || highlighted.startsWith(id + "/");
    }

    /** Its texts wrap: its height depends on the width it is given. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    public String getUserAgentStylesheet() {
        return SnapshotView.class.getResource(stylesheet).toExternalForm();
    }
}
