package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.proclab.ui.i18n.I18n;

/**
 * The first few of many items (messages in a pipe, items in a queue) as chips, and "+N more" for the rest:
 * a bounded number of nodes however many items there are. The chips are kept by place, not by item: when a
 * flood moves the items along, the chips stay and only their texts and tooltips change. A chip that came
 * into the scene would have its CSS looked up, which is what made a flood costly; a changed text is not.
 *
 * @param <T> an item
 */
final class ChipRow<T> {
    /** The property of a chip that holds the item it shows. */
    static final String ITEM = "proclab.item";

    private final Supplier<Label> blank;
    private final BiConsumer<Label, T> fill;
    private final List<Label> chips = new ArrayList<>();
    private final Label more = IpcGlyphs.label("", "more-chips");

    /**
     * @param blank a chip with its style classes and a tooltip, not showing an item yet
     * @param fill  shows an item on a chip (its text, colour, tooltip); called only when the chip's item changed
     */
    ChipRow(Supplier<Label> blank, BiConsumer<Label, T> fill) {
        this.blank = blank;
        this.fill = fill;
    }

    /** The chips of the first {@code max} items, in order, then the count of the rest if there are more. */
    List<Node> show(List<T> items, int max, ResourceBundle b) {
        int drawn = Math.min(max, items.size());
        List<Node> out = new ArrayList<>(drawn + 1);
        for (int i = 0; i < drawn; i++) {
            if (chips.size() <= i) {
                chips.add(blank.get());
            }
            Label chip = chips.get(i);
            T item = items.get(i);
            if (!item.equals(chip.getProperties().get(ITEM))) {
                fill.accept(chip, item);
                chip.getProperties().put(ITEM, item);
            }
            out.add(chip);
        }
        if (items.size() > drawn) {
            more.setText(I18n.text(b, "pipe.more", items.size() - drawn));
            out.add(more);
        }
        return out;
    }
}
