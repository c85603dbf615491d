package org.proclab.ui.control.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.i18n.I18n;

/**
 * What the queue, lock and value skins share: a column of panels, one per object, each rebuilt only when
 * its object's record changed (the folds reuse the records of unchanged objects), or when the processes
 * or the language changed; a placeholder while there is none. Nodes tagged with an object id
 * ({@link #tag}; every panel with its object's) are {@code :highlighted} while that object is.
 *
 * @param <C> the control
 * @param <S> the fold's snapshot
 * @param <O> one object's record
 */
abstract class IpcPanelsSkin<C extends SnapshotView<S>, S, O> extends SkinBase<C> {
    private static final String OBJECT_KEY = "proclab.object";
    final VBox content = new VBox();
    private final Label placeholder = IpcGlyphs.wrapping("", "placeholder");
    private final Map<String, Node> panels = new HashMap<>();
    private final Map<String, O> shown = new HashMap<>();
    private final ObservableValue<S> state;
    private final ObservableValue<Locale> locale;
    private Object shownProcesses;
    private Locale shownLocale;
    private final InvalidationListener onChange = o -> sync();
    private final InvalidationListener onHighlight = o -> highlight();

    IpcPanelsSkin(C control, ObservableValue<S> state, ObservableValue<Locale> locale, String contentClass) {
        super(control);
        this.state = state;
        this.locale = locale;
        content.getStyleClass().add(contentClass);
        getChildren().add(content);
        state.addListener(new WeakInvalidationListener(onChange));
        locale.addListener(new WeakInvalidationListener(onChange));
        control.highlightedObjectProperty().addListener(new WeakInvalidationListener(onHighlight));
    }

    /** Marks a node as drawing object {@code id} (a pipe end, say), for highlighting. */
    static <N extends Node> N tag(N node, String id) {
        node.getProperties().put(OBJECT_KEY, id);
        return node;
    }

    /** Puts {@code :highlighted} on the tagged nodes of the highlighted object, and takes it off the others. */
    final void highlight() {
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

    /** The objects of a snapshot, in order; {@code s} is never null. */
    abstract List<O> objects(S s);

    abstract String id(O o);

    /** The snapshot's processes: replaced whenever one starts or ends. */
    abstract Object processes(S s);

    abstract Node panel(O o, S s, ResourceBundle b);

    abstract String placeholderKey();

    /** Nodes drawn above the panels (a deadlock banner, say); none by default. */
    List<Node> above(S s, ResourceBundle b) {
        return List.of();
    }

    final void sync() {
        S s = state.getValue();
        ResourceBundle b = I18n.bundle(locale.getValue());
        List<O> objects = s == null ? List.of() : objects(s);
        Object procs = s == null ? null : processes(s);
        boolean redrawAll = procs != shownProcesses || !Objects.equals(locale.getValue(), shownLocale);
        shownProcesses = procs;
        shownLocale = locale.getValue();
        List<Node> children = new ArrayList<>(s == null ? List.of() : above(s, b));
        List<String> present = new ArrayList<>();
        for (O o : objects) {
            String id = id(o);
            present.add(id);
            if (redrawAll || shown.get(id) != o) {
                panels.put(id, tag(panel(o, s, b), id));
                shown.put(id, o);
            }
            children.add(panels.get(id));
        }
        panels.keySet().retainAll(present);
        shown.keySet().retainAll(present);
        if (objects.isEmpty()) {
            placeholder.setText(I18n.text(b, placeholderKey()));
            children.add(placeholder);
        }
        content.getChildren().setAll(children);
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
