package org.proclab.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.run.SchedulerViewModel;

/** The shortcut table: no key twice, no bare digit, every text in both languages. */
@Tag("unit")
class ShortcutsTest {
    private final Shortcuts shortcuts = Shortcuts.standard(new RunActions(new RunViewModel(),
            new SchedulerViewModel(Runnable::run), new NarrationModel(), () -> { }, () -> { }), new PresentationModel());

    @Test
    void keys_areUnique_andLeaveBareDigitsToThePredictionCard() {
        Set<String> seen = new HashSet<>();
        for (Shortcut s : shortcuts.all()) {
            for (KeyCombination k : s.keys()) {
                assertTrue(seen.add(k.getName()), "twice: " + k.getName());
                if (k instanceof KeyCodeCombination c) {
                    assertFalse(c.getCode().isDigitKey() && Shortcut.isPlain(k), "bare digit: " + k.getName());
                    assertFalse(c.getCode() == KeyCode.ENTER, "Enter confirms the prediction");
                }
            }
        }
    }

    @Test
    void everyShortcut_isNamedInEnglishAndChinese() {
        for (Locale l : I18n.SUPPORTED) {
            ResourceBundle b = I18n.bundle(l);
            for (Shortcut s : shortcuts.all()) {
                assertTrue(b.containsKey(s.messageKey()), l + ": " + s.messageKey());
            }
        }
    }

    @Test
    void plainKeys_areLettersAndSpace_notFunctionKeysOrCtrl() {
        assertTrue(Shortcut.isPlain(new KeyCodeCombination(KeyCode.N)));
        assertTrue(Shortcut.isPlain(new KeyCodeCombination(KeyCode.N, KeyCombination.SHIFT_DOWN)));
        assertFalse(Shortcut.isPlain(new KeyCodeCombination(KeyCode.F5)));
        assertFalse(Shortcut.isPlain(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)));
    }
}
