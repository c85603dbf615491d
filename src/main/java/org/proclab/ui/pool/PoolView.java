package org.proclab.ui.pool;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.i18n.I18n;

/**
 * What the pool views share: the pool snapshot they draw, the bundle their texts come from, and the
 * object to point out (see {@link SnapshotView#highlightedObjectProperty()}).
 */
public abstract class PoolView extends Control {
    private final String stylesheet;
    private final ObjectProperty<PoolSnapshot> pool = new SimpleObjectProperty<>(this, "pool");
    private final ObjectProperty<ResourceBundle> resources =
            new SimpleObjectProperty<>(this, "resources", I18n.bundle(I18n.systemDefault()));
    private final StringProperty highlightedObject = new SimpleStringProperty(this, "highlightedObject");

    protected PoolView(String styleClass, String stylesheet) {
        this.stylesheet = stylesheet;
        getStyleClass().setAll(styleClass);
        setFocusTraversable(false);
    }

    /** Follows a pool, such as the one chosen in the Pool tab. */
    protected final void follow(ObservableValue<PoolSnapshot> source) {
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

    /** Where the texts (labels, tooltips) come from. */
    public ObjectProperty<ResourceBundle> resourcesProperty() {
        return resources;
    }

    public ResourceBundle getResources() {
        return resources.get();
    }

    public void setResources(ResourceBundle b) {
        resources.set(b);
    }

    /** The object chosen elsewhere ("pool-1", "pool-1/task-3"); the pool it names is drawn {@code :highlighted}. */
    public StringProperty highlightedObjectProperty() {
        return highlightedObject;
    }

    public String getHighlightedObject() {
        return highlightedObject.get();
    }

    public void setHighlightedObject(String id) {
        highlightedObject.set(id);
    }

    /** Whether the pool drawn is the highlighted object, or holds it (one of its tasks). */
    public boolean isPoolHighlighted() {
        PoolSnapshot p = getPool();
        return p != null && SnapshotView.highlights(getHighlightedObject(), p.id());
    }

    @Override
    public String getUserAgentStylesheet() {
        return PoolView.class.getResource(stylesheet).toExternalForm();
    }
}
