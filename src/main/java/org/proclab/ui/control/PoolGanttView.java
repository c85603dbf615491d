package org.proclab.ui.control;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.control.skin.PoolGanttViewSkin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.pool.PoolSnapshot;

/**
 * A pool as a timeline (Gantt chart): one {@code .gantt-row} per worker that ran a task, with a
 * {@code .gantt-bar} per task from its start to its end, then a row for the pool's owner where each
 * callback is a {@code .callback-tick}; a time axis in seconds since the run started below. Hovering a
 * bar shows the task, worker, start, end, duration and result. Bars are {@code :running}, {@code :done}
 * or {@code :failed}; ticks of error callbacks are {@code :error}; styled in {@code styles/pool-gantt.css}.
 */
public class PoolGanttView extends Control {
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private static final String STYLESHEET = "/styles/pool-gantt.css";

    private final ObjectProperty<PoolSnapshot> pool = new SimpleObjectProperty<>(this, "pool");
    private final ObjectProperty<ResourceBundle> resources =
            new SimpleObjectProperty<>(this, "resources", I18n.bundle(I18n.systemDefault()));

    public PoolGanttView() {
        getStyleClass().setAll("pool-gantt-view");
        setFocusTraversable(false);
    }

    /** A timeline that follows a pool, such as the one chosen in the Pool tab. */
    public PoolGanttView(ObservableValue<PoolSnapshot> source) {
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

    /** Where the texts (tooltips, row labels) come from. */
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
        return new PoolGanttViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return PoolGanttView.class.getResource(STYLESHEET).toExternalForm();
    }
}
