package org.proclab.ui.present;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut: its keys (the first is the one shown in menus), the message key of what it
 * does, its group in the help, and the action; a null action means another part of the window handles
 * the key, and it is only listed.
 */
public record Shortcut(String id, Group group, String messageKey, List<KeyCombination> keys, Runnable action) {
    /** The columns of the shortcuts help. */
    public enum Group { RUN, VIEW }

    public Shortcut {
        keys = List.copyOf(keys);
    }

    /** The key combination of this shortcut that the event is, or null. */
    public KeyCombination match(KeyEvent e) {
        return keys.stream().filter(k -> k.match(e)).findFirst().orElse(null);
    }

    /** The keys as the help shows them, e.g. "Ctrl+= / Ctrl+Add". */
    public String keyText() {
        return keys.stream().map(Shortcut::displayText).distinct().collect(Collectors.joining("  /  "));
    }

    private static String displayText(KeyCombination k) {
        return k.getDisplayText().isBlank() ? k.getName() : k.getDisplayText();
    }

    /**
     * A key without Ctrl, Alt, Meta or a function key: it belongs to a text field (or the prediction
     * card) that has the focus, and works as a shortcut only elsewhere.
     */
    public static boolean isPlain(KeyCombination k) {
        boolean modified = k.getControl() == KeyCombination.ModifierValue.DOWN
                || k.getAlt() == KeyCombination.ModifierValue.DOWN
                || k.getMeta() == KeyCombination.ModifierValue.DOWN
                || k.getShortcut() == KeyCombination.ModifierValue.DOWN;
        if (modified) {
            return false;
        }
        if (k instanceof KeyCodeCombination c) {
            return !c.getCode().isFunctionKey();
        }
        return k instanceof KeyCharacterCombination;
    }
}
