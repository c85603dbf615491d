package org.proclab.ui.ipc.skin;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A small part of a panel that changes seldom (who waits, who holds a queue), drawn anew only when the
 * facts it draws changed: a new record of its object that changed elsewhere keeps the part's nodes.
 */
final class Redrawn {
    private Object facts;
    private Node node;

    /** The part for these facts (records and lists of them, compared with equals): the same node while they hold. */
    Node of(Object facts, Supplier<? extends Node> draw) {
        if (node == null || !Objects.equals(facts, this.facts)) {
            node = draw.get();
            this.facts = facts;
        }
        return node;
    }
}
