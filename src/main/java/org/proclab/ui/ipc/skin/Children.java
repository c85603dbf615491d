package org.proclab.ui.ipc.skin;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Makes a parent's children a given list with the fewest edits. A node that leaves the scene and comes
 * back has its CSS looked up anew (the costliest part of drawing a panel), so the nodes that stay are
 * never taken out; only those that went are removed, and those that appeared are inserted where they go.
 */
final class Children {
    private Children() {}

    /** Makes {@code children} hold {@code wanted}, in that order; does nothing when it already does. */
    static void sync(ObservableList<Node> children, List<? extends Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Map<Node, Boolean> keep = new IdentityHashMap<>();
        for (Node n : wanted) {
            keep.put(n, Boolean.TRUE);
        }
        children.removeIf(n -> !keep.containsKey(n));
        for (int i = 0; i < wanted.size(); i++) {
            Node n = wanted.get(i);
            if (i < children.size() && children.get(i) == n) {
                continue;
            }
            // out of place: a node that moved is taken out here (the rare case), a new one just goes in
            children.remove(n);
            children.add(i, n);
        }
    }
}
