package org.proclab.ui.control;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.control.skin.QueueViewSkin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.QueuesModel;

/**
 * Lesson 2's queues. For each queue, the items waiting in it as chips, the next to be got first; the
 * processes blocked in {@code get()} or {@code put()}; its maxsize and who holds it. States are pseudo-classes,
 * styled in {@code styles/queue-view.css}: {@code :empty :full} on the {@code .queue} panel, {@code :blocked :stuck}
 * on a {@code .waiter}, {@code :closed} on a {@code .holder}.
 */
public class QueueView extends Control {
    public static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    public static final PseudoClass FULL = PseudoClass.getPseudoClass("full");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    public static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    public static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private static final String STYLESHEET = "/styles/queue-view.css";

    private final ObjectProperty<QueuesModel.Snapshot> state =
            new SimpleObjectProperty<>(this, "state", QueuesModel.Snapshot.EMPTY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.systemDefault());

    public QueueView() {
        getStyleClass().setAll("queue-view");
        setFocusTraversable(false);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.queuesProperty()}. */
    public QueueView(ObservableValue<QueuesModel.Snapshot> source) {
        this();
        state.bind(source);
    }

    /** What to draw: the fold's snapshot after some event. Null draws nothing. */
    public ObjectProperty<QueuesModel.Snapshot> stateProperty() {
        return state;
    }

    public QueuesModel.Snapshot getState() {
        return state.get();
    }

    public void setState(QueuesModel.Snapshot s) {
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
        return new QueueViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return QueueView.class.getResource(STYLESHEET).toExternalForm();
    }
}
