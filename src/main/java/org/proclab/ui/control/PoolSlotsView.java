package org.proclab.ui.control;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.control.skin.PoolSlotsViewSkin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.pool.PoolSnapshot;

/**
 * A pool's live slot occupancy: one {@code .pool-lane} per place of the pool with the worker that fills
 * it and the task it runs now as a busy chip, then the waiting tasks as a queue, then the results and
 * callbacks as they come back. States are pseudo-classes styled in {@code styles/pool-slots.css}: a lane
 * is {@code :busy}, {@code :idle}, {@code :starting} or {@code :exited}; a task chip or result is
 * {@code :failed} or {@code :cancelled}.
 */
public class PoolSlotsView extends Control {
    public static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    public static final PseudoClass IDLE = PseudoClass.getPseudoClass("idle");
    public static final PseudoClass STARTING = PseudoClass.getPseudoClass("starting");
    public static final PseudoClass EXITED = PseudoClass.getPseudoClass("exited");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    private static final String STYLESHEET = "/styles/pool-slots.css";

    private final ObjectProperty<PoolSnapshot> pool = new SimpleObjectProperty<>(this, "pool");
    private final ObjectProperty<ResourceBundle> resources =
            new SimpleObjectProperty<>(this, "resources", I18n.bundle(I18n.systemDefault()));

    public PoolSlotsView() {
        getStyleClass().setAll("pool-slots-view");
        setFocusTraversable(false);
    }

    /** A view that follows a pool, such as the one chosen in the Pool tab. */
    public PoolSlotsView(ObservableValue<PoolSnapshot> source) {
        this();
        pool.bind(source);
    }

    /** The pool to draw; null draws a hint instead. */
    public ObjectProperty<PoolSnapshot> poolProperty() {
        return pool;
    }

    public PoolSnapshot getPool() {
        return pool.get();
    }

    public void setPool(PoolSnapshot p) {
        pool.set(p);
    }

    /** Where the texts ("idle", "waiting", ...) come from. */
    public ObjectProperty<ResourceBundle> resourcesProperty() {
        return resources;
    }

    public ResourceBundle getResources() {
        return resources.get();
    }

    public void setResources(ResourceBundle b) {
        resources.set(b);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PoolSlotsViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return PoolSlotsView.class.getResource(STYLESHEET).toExternalForm();
    }
}
