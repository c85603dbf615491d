package org.proclab.ui.control;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its node, with its text worked out then and kept up to
 * date after. A {@link Tooltip} is a popup window of its own: a run of 200 processes drew 200 boxes, each
 * making one up front, with a text formatted at every change of its process, though the student hovers
 * over a few.
 */
public final class HoverTip {
    private final Node owner;
    private Supplier<String> text = () -> "";
    private Tooltip tip;

    private HoverTip(Node owner) {
        this.owner = owner;
    }

    /** A tooltip for {@code owner}, made on its first hover. */
    public static HoverTip on(Node owner) {
        HoverTip t = new HoverTip(owner);
        // installed as the pointer enters: the tooltip's own handlers then see the moves that follow
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> t.make());
        return t;
    }

    /** The text to show: worked out now if the tooltip exists, else when it is first needed. */
    public void setText(Supplier<String> text) {
        this.text = text;
        if (tip != null) {
            tip.setText(text.get());
        }
    }

    /** The tooltip, or null until the pointer has come over the node. */
    public Tooltip tooltip() {
        return tip;
    }

    private void make() {
        if (tip == null) {
            tip = new Tooltip(text.get());
            Tooltip.install(owner, tip);
        }
    }
}
