package org.proclab.ui.ipc.skin;

import java.util.ResourceBundle;
import javafx.scene.Node;
import org.proclab.ui.ipc.ValueView;
import org.proclab.ui.ipc.ValuesModel.Value;
import org.proclab.ui.ipc.ValuesModel;

/**
 * Draws a {@link ValueView}: per shared value its current value in large type, who wrote it last, the
 * counts, then its reads and writes in order, the newest at the bottom (scrolled into view). A lost
 * write is struck out and says which write overwrote it; the write that overwrote it, and the stale
 * read it was based on, are marked too. A value's panel ({@link ValuePanel}) is built once and updated in
 * place with each access; drawn anew only when the language changes.
 */
public class ValueViewSkin extends IpcPanelsSkin<ValueView, ValuesModel.Snapshot, Value> {
    /** Rows drawn per value; older ones are counted. */
    static final int MAX_ROWS = 200;
    /** The history's height before it scrolls. */
    static final double HISTORY_HEIGHT = 240;
    /** Up to this many rows the history is as tall as they are. */
    static final int SCROLL_AFTER_ROWS = 11;

    public ValueViewSkin(ValueView control) {
        super(control, "values", "value.placeholder",
                ValuesModel.Snapshot::values, Value::id, ValuesModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Value v, ValuesModel.Snapshot s, ResourceBundle b) {
        return new ValuePanel(v, s, b).node();
    }
}
