package org.proclab.ui.control;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.control.skin.PipeDiagramSkin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.PipesModel;

/**
 * Lesson 3's pipe diagram. For each pipe its two ends side by side and, for each process that held a
 * handle, a lane with its handle of each end drawn as a box in the process's colour; between the ends,
 * the messages in flight. States are pseudo-classes on the {@code .handle} boxes, styled in
 * {@code styles/pipe-diagram.css}: {@code :open :closed} (closed ones stay, hollow and struck out, with
 * why), {@code :blocked} (a recv() waits on it), {@code :stuck} (the kernel found that recv() can never
 * return), {@code :eof} (recv() raised EOF there) and {@code :culprit} (an open write handle that kept a
 * deadlocked reader's pipe from reaching end-of-file). Lanes of ended processes are {@code :ended}.
 */
public class PipeDiagram extends Control {
    public static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    public static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    public static final PseudoClass EOF = PseudoClass.getPseudoClass("eof");
    public static final PseudoClass CULPRIT = PseudoClass.getPseudoClass("culprit");
    public static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private static final String STYLESHEET = "/styles/pipe-diagram.css";

    private final ObjectProperty<PipesModel.Snapshot> state =
            new SimpleObjectProperty<>(this, "state", PipesModel.Snapshot.EMPTY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());

    public PipeDiagram() {
        getStyleClass().setAll("pipe-diagram");
        setFocusTraversable(false);
    }

    /** A diagram that follows a model's state, such as {@code IpcViewModel.pipesProperty()}. */
    public PipeDiagram(ObservableValue<PipesModel.Snapshot> source) {
        this();
        state.bind(source);
    }

    /** What to draw: the pipes fold's snapshot after some event. Null draws nothing. */
    public ObjectProperty<PipesModel.Snapshot> stateProperty() {
        return state;
    }

    public PipesModel.Snapshot getState() {
        return state.get();
    }

    public void setState(PipesModel.Snapshot s) {
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
        return new PipeDiagramSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return PipeDiagram.class.getResource(STYLESHEET).toExternalForm();
    }
}
