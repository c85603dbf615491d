package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.i18n.I18n;

/**
 * What the skins of the IPC views (pipes, queues, locks, values, ...) share: a column of panels, one per
 * object, built once and brought up to date when its object's record changed (the folds reuse the records
 * of unchanged objects) or the processes did; drawn anew only on a change of language, or when the skin
 * cannot update it in place ({@link #update} says so). A pipe's record changes with every message, and a
 * panel drawn anew costs a CSS lookup of every node in it, so skins of objects that change per operation
 * update their panels in place. A placeholder while there is no object. Nodes
 * tagged with an object id ({@link #tag}; every panel with its object's) are {@code :highlighted} while
 * that object is. A new IPC view's skin names its objects in the constructor and draws one panel.
 *
 * @param <C> the control
 * @param <S> the fold's snapshot
 * @param <O> one object's record
 */
public abstract class IpcPanelsSkin<C extends SnapshotView<S>, S, O> extends SkinBase<C> {
    private static final String OBJECT_KEY = "proclab.object";
    private final VBox content = new VBox();
    private final Label placeholder = IpcGlyphs.wrapping("", "placeholder");
    private final Map<String, Node> panels = new HashMap<>();
    private final Map<String, O> shown = new HashMap<>();
    private final String placeholderKey;
    private final Function<S, List<O>> objects;
    private final Function<O, String> id;
    private final Function<S, ?> processes;
    private Object shownProcesses;
    private Locale shownLocale;
    private final InvalidationListener onChange = o -> sync();
    private final InvalidationListener onHighlight = o -> highlight();

    /**
     * @param contentClass   the style class of the column of panels
     * @param placeholderKey the message shown while there is no object
     * @param objects        a snapshot's objects, in order
     * @param id             an object's id in the event log ("queue-1")
     * @param processes      a snapshot's processes: a new value whenever one starts or ends
     */
    protected IpcPanelsSkin(C control, String contentClass, String placeholderKey, Function<S, List<O>> objects,
                            Function<O, String> id, Function<S, ?> processes) {
        super(control);
        this.placeholderKey = placeholderKey;
        this.objects = objects;
        this.id = id;
        this.processes = processes;
        content.getStyleClass().addAll("ipc-panels", contentClass);
        getChildren().add(content);
        control.stateProperty().addListener(new WeakInvalidationListener(onChange));
        control.localeProperty().addListener(new WeakInvalidationListener(onChange));
        control.highlightedObjectProperty().addListener(new WeakInvalidationListener(onHighlight));
    }

    /** Draws once the skin is in place, so a subclass's own fields are set before {@link #panel} runs. */
    @Override
    public void install() {
        super.install();
        sync();
    }

    /** Marks a node as drawing object {@code id} (a pipe end, say), for highlighting. */
    protected static <N extends Node> N tag(N node, String id) {
        node.getProperties().put(OBJECT_KEY, id);
        return node;
    }

    /** Puts {@code :highlighted} on the tagged nodes of the highlighted object, and takes it off the others. */
    private void highlight() {
        String h = getSkinnable().getHighlightedObject();
        mark(content, h);
    }

    private static void mark(Node n, String h) {
        Object id = n.getProperties().get(OBJECT_KEY);
        if (id != null) {
            n.pseudoClassStateChanged(SnapshotView.HIGHLIGHTED, SnapshotView.highlights(h, (String) id));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                mark(child, h);
            }
        }
    }

    /** The panel of one object, drawn anew: the first time, and when {@link #update} cannot bring it up to date. */
    protected abstract Node panel(O o, S s, ResourceBundle b);

    /**
     * Brings a panel that {@link #panel} drew up to date with a new record of the same object (or new
     * processes), in place: texts, pseudo-classes, and only the children that appeared or went. Returns
     * false when it cannot, and the panel is drawn anew. By default a panel made as an {@link InPlacePanel}
     * updates itself, and any other cannot.
     */
    @SuppressWarnings("unchecked") // an InPlacePanel on a panel of this skin was made by its panel() for O and S
    protected boolean update(Node panel, O o, S s, ResourceBundle b) {
        InPlacePanel<O, S> drawn = (InPlacePanel<O, S>) InPlacePanel.of(panel);
        if (drawn == null) {
            return false;
        }
        drawn.update(o, s);
        return true;
    }

    /** Nodes drawn above the panels (a deadlock banner, say); none by default. */
    protected List<Node> above(S s, ResourceBundle b) {
        return List.of();
    }

    private void sync() {
        S s = getSkinnable().getState();
        Locale locale = getSkinnable().getLocale();
        ResourceBundle b = I18n.bundle(locale);
        List<O> objects = s == null ? List.of() : this.objects.apply(s);
        Object procs = s == null ? null : processes.apply(s);
        boolean redrawAll = !Objects.equals(locale, shownLocale);
        boolean newProcesses = procs != shownProcesses;
        shownProcesses = procs;
        shownLocale = locale;
        List<Node> children = new ArrayList<>(s == null ? List.of() : above(s, b));
        List<String> present = new ArrayList<>();
        for (O o : objects) {
            String key = id.apply(o);
            present.add(key);
            Node old = redrawAll ? null : panels.get(key);
            if (old == null || ((newProcesses || shown.get(key) != o) && !update(old, o, s, b))) {
                Node panel = tag(panel(o, s, b), key);
                panel.getStyleClass().add("ipc-panel"); // styles/ipc-panels.css: the card all IPC views share
                panels.put(key, panel);
            }
            shown.put(key, o);
            children.add(panels.get(key));
        }
        panels.keySet().retainAll(present);
        shown.keySet().retainAll(present);
        if (objects.isEmpty()) {
            placeholder.setText(I18n.text(b, placeholderKey));
            children.add(placeholder);
        }
        Children.sync(content.getChildren(), children);
        highlight();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return content.prefWidth(-1) + left + right;
    }

    /** Wrapped texts are as tall as the width makes them; asked without a width, assume the preferred one. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? content.prefWidth(-1) : width - left - right;
        return content.prefHeight(w) + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return content.minWidth(height) + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return content.minHeight(width) + top + bottom;
    }

    @Override
    public void dispose() {
        getChildren().clear();
        panels.clear();
        shown.clear();
        super.dispose();
    }
}
