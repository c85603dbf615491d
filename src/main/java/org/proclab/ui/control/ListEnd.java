package org.proclab.ui.control;

import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * For a list that follows its newest row: {@code ListView.scrollTo(last)} puts the last row at the top and lets
 * the list pull the rows back down to fill it; a list's first rows, after its placeholder, were left where that
 * put them, the newest row cut at the bottom (in a new window, until the next line came).
 */
public final class ListEnd {
    private ListEnd() {}

    /** Call from the list's {@code layoutChildren}, after the super call, when it has scrolled to its last row. */
    public static void settle(ListView<?> list) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getPosition() < 1) {
            flow.setPosition(1);
            flow.layout();
        }
    }
}
