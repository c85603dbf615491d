package org.proclab.ui.ipc.skin;

import javafx.scene.Node;

/**
 * A panel of one IPC object that brings itself up to date with a new record of its object, in place (see
 * {@link IpcPanelsSkin#update}). Its node carries it, so the skin finds it again from the node it shows.
 *
 * @param <O> one object's record
 * @param <S> the fold's snapshot
 */
abstract class InPlacePanel<O, S> {
    private final Node node;

    /**
     * @param node       the panel's node
     * @param styleClass its style class ("pipe")
     * @param id         its id ("pipe-pipe-1")
     */
    InPlacePanel(Node node, String styleClass, String id) {
        this.node = node;
        node.getStyleClass().add(styleClass);
        node.setId(id);
        node.getProperties().put(InPlacePanel.class, this);
    }

    final Node node() {
        return node;
    }

    /** Draws a new record of the same object (or new processes), changing only what changed. */
    abstract void update(O o, S s);

    /** The panel whose node {@code node} is, or null if it is not one. */
    static InPlacePanel<?, ?> of(Node node) {
        return (InPlacePanel<?, ?>) node.getProperties().get(InPlacePanel.class);
    }
}
