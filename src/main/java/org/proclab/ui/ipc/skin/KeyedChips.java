package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.proclab.ui.i18n.I18n;

/**
 * The first few of many items (messages in a pipe, items in a queue) as chips, and "+N more" for the rest:
 * a bounded number of nodes however many items there are. An item keeps its chip while it stays among
 * the first few, so a flood moves a few chips rather than drawing them all anew.
 *
 * @param <T> an item
 */
final class KeyedChips<T> {
    private final ToLongFunction<T> key;
    private final Function<T, Label> draw;
    private final Map<Long, Label> chips = new HashMap<>();
    private final Label more = IpcGlyphs.label("", "more-chips");

    /**
     * @param key  an item's id, which no other item of the same list has
     * @param draw an item's chip, drawn the first time it is shown
     */
    KeyedChips(ToLongFunction<T> key, Function<T, Label> draw) {
        this.key = key;
        this.draw = draw;
    }

    /** The chips of the first {@code max} items, in order, then the count of the rest if there are more. */
    List<Node> show(List<T> items, int max, ResourceBundle b) {
        int drawn = Math.min(max, items.size());
        List<Node> out = new ArrayList<>(drawn + 1);
        Map<Long, Label> kept = new HashMap<>();
        for (int i = 0; i < drawn; i++) {
            T item = items.get(i);
            long id = key.applyAsLong(item);
            Label chip = chips.get(id);
            kept.put(id, chip == null ? draw.apply(item) : chip);
            out.add(kept.get(id));
        }
        chips.clear();
        chips.putAll(kept);
        if (items.size() > drawn) {
            more.setText(I18n.text(b, "pipe.more", items.size() - drawn));
            out.add(more);
        }
        return out;
    }
}
