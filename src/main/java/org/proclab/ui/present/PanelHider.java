package org.proclab.ui.present;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Takes a panel out of its split pane while it is hidden, so the others get its room, and puts it back
 * where it was, with the dividers as they were.
 */
public final class PanelHider {
    private final SplitPane split;
    private final Node panel;
    private final int index;
    private double[] dividers;

    private PanelHider(SplitPane split, Node panel) {
        this.split = split;
        this.panel = panel;
        this.index = split.getItems().indexOf(panel);
        if (index < 0) {
            throw new IllegalArgumentException("the panel is not in the split pane");
        }
    }

    /** Shows {@code panel} in {@code split} while {@code shown} is true. */
    public static void follow(ObservableBooleanValue shown, SplitPane split, Node panel) {
        PanelHider h = new PanelHider(split, panel);
        shown.addListener((o, a, b) -> h.show(b));
        h.show(shown.get());
    }

    private void show(boolean shown) {
        boolean in = split.getItems().contains(panel);
        if (shown && !in) {
            split.getItems().add(Math.min(index, split.getItems().size()), panel);
            if (dividers != null && dividers.length == split.getDividers().size()) {
                split.setDividerPositions(dividers);
            }
        } else if (!shown && in) {
            dividers = split.getDividerPositions();
            split.getItems().remove(panel);
        }
    }
}
