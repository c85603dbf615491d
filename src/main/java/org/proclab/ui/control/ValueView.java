package org.proclab.ui.control;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.control.skin.ValueViewSkin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.ValuesModel;

/**
 * Lesson 4's shared values. For each value, its current value in large type, then every read and write,
 * oldest first, each with its process. A lost update shows as a write marked {@code :lost} (a later write of
 * another process was based on a read taken before it) and the write that overwrote it, marked {@code :stale},
 * as is the read it was based on. Styled in {@code styles/value-view.css}; rows are {@code .access} with
 * {@code :read :write :lost :stale}.
 */
public class ValueView extends Control {
    public static final PseudoClass READ = PseudoClass.getPseudoClass("read");
    public static final PseudoClass WRITE = PseudoClass.getPseudoClass("write");
    public static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private static final String STYLESHEET = "/styles/value-view.css";

    private final ObjectProperty<ValuesModel.Snapshot> state =
            new SimpleObjectProperty<>(this, "state", ValuesModel.Snapshot.EMPTY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());

    public ValueView() {
        getStyleClass().setAll("value-view");
        setFocusTraversable(false);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.valuesProperty()}. */
    public ValueView(ObservableValue<ValuesModel.Snapshot> source) {
        this();
        state.bind(source);
    }

    /** What to draw: the fold's snapshot after some event. Null draws nothing. */
    public ObjectProperty<ValuesModel.Snapshot> stateProperty() {
        return state;
    }

    public ValuesModel.Snapshot getState() {
        return state.get();
    }

    public void setState(ValuesModel.Snapshot s) {
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

    /** Its texts wrap: its height depends on the width it is given. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ValueViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ValueView.class.getResource(STYLESHEET).toExternalForm();
    }
}
