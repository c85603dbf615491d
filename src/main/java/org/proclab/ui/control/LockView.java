package org.proclab.ui.control;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.control.skin.LockViewSkin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.LocksModel;

/**
 * Lesson 4's locks. For each lock, its holder and the processes waiting in {@code acquire()}, in order.
 * States are pseudo-classes on the {@code .lock} panel, styled in {@code styles/lock-view.css}: {@code :free :held
 * :held-by-dead} (the holder ended while holding it), and {@code :blocked :stuck} on a {@code .waiter}.
 */
public class LockView extends Control {
    public static final PseudoClass FREE = PseudoClass.getPseudoClass("free");
    public static final PseudoClass HELD = PseudoClass.getPseudoClass("held");
    public static final PseudoClass HELD_BY_DEAD = PseudoClass.getPseudoClass("held-by-dead");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    public static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private static final String STYLESHEET = "/styles/lock-view.css";

    private final ObjectProperty<LocksModel.Snapshot> state =
            new SimpleObjectProperty<>(this, "state", LocksModel.Snapshot.EMPTY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());

    public LockView() {
        getStyleClass().setAll("lock-view");
        setFocusTraversable(false);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.locksProperty()}. */
    public LockView(ObservableValue<LocksModel.Snapshot> source) {
        this();
        state.bind(source);
    }

    /** What to draw: the fold's snapshot after some event. Null draws nothing. */
    public ObjectProperty<LocksModel.Snapshot> stateProperty() {
        return state;
    }

    public LocksModel.Snapshot getState() {
        return state.get();
    }

    public void setState(LocksModel.Snapshot s) {
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
        return new LockViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return LockView.class.getResource(STYLESHEET).toExternalForm();
    }
}
