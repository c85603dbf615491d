package org.proclab.ui.present;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.proclab.ui.present.Shortcut.Group;

/**
 * Every keyboard shortcut of the main window, in one table: the key handler, the View menu and the
 * shortcuts help all read it, so they cannot disagree. Bare digits and Enter are left to the
 * prediction card.
 */
public final class Shortcuts {
    private final List<Shortcut> all;

    private Shortcuts(List<Shortcut> all) {
        this.all = List.copyOf(all);
    }

    public static Shortcuts standard(RunActions run, PresentationModel view) {
        List<Shortcut> s = new ArrayList<>();
        s.add(new Shortcut("run", Group.RUN, "shortcut.run", List.of(key(KeyCode.F5)), run::run));
        s.add(new Shortcut("stop", Group.RUN, "shortcut.stop", List.of(key(KeyCode.F5, SHIFT_DOWN)), run::stop));
        s.add(new Shortcut("pause", Group.RUN, "shortcut.pause", List.of(key(KeyCode.F6), key(KeyCode.P)), run::togglePause));
        // Space is the main window's own (it steps only while the run is stepped or slowed)
        s.add(new Shortcut("step", Group.RUN, "shortcut.step", List.of(key(KeyCode.SPACE)), null));
        s.add(new Shortcut("back", Group.RUN, "shortcut.back",
                List.of(key(KeyCode.LEFT, SHORTCUT_DOWN), key(KeyCode.OPEN_BRACKET)), run::back));
        s.add(new Shortcut("forward", Group.RUN, "shortcut.forward",
                List.of(key(KeyCode.RIGHT, SHORTCUT_DOWN), key(KeyCode.CLOSE_BRACKET)), run::forward));
        s.add(new Shortcut("live", Group.RUN, "shortcut.live", List.of(key(KeyCode.END, SHORTCUT_DOWN)), run::live));
        s.add(new Shortcut("next-narration", Group.RUN, "shortcut.nextNarration", List.of(key(KeyCode.N)), run::nextNarration));
        s.add(new Shortcut("previous-narration", Group.RUN, "shortcut.previousNarration",
                List.of(key(KeyCode.N, SHIFT_DOWN)), run::previousNarration));

        s.add(new Shortcut("zoom-in", Group.VIEW, "shortcut.zoomIn", List.of(key(KeyCode.EQUALS, SHORTCUT_DOWN),
                key(KeyCode.PLUS, SHORTCUT_DOWN), key(KeyCode.ADD, SHORTCUT_DOWN)), view::zoomIn));
        s.add(new Shortcut("zoom-out", Group.VIEW, "shortcut.zoomOut",
                List.of(key(KeyCode.MINUS, SHORTCUT_DOWN), key(KeyCode.SUBTRACT, SHORTCUT_DOWN)), view::zoomOut));
        s.add(new Shortcut("zoom-reset", Group.VIEW, "shortcut.zoomReset",
                List.of(key(KeyCode.DIGIT0, SHORTCUT_DOWN), key(KeyCode.NUMPAD0, SHORTCUT_DOWN)), view::resetZoom));
        s.add(new Shortcut("full-screen", Group.VIEW, "shortcut.fullScreen", List.of(key(KeyCode.F11)), view::toggleFullScreen));
        s.add(new Shortcut("presentation", Group.VIEW, "shortcut.presentation",
                List.of(key(KeyCode.F10), key(KeyCode.P, SHORTCUT_DOWN, SHIFT_DOWN)), view::togglePresentation));
        s.add(new Shortcut("high-contrast", Group.VIEW, "shortcut.highContrast",
                List.of(key(KeyCode.F9), key(KeyCode.H, SHORTCUT_DOWN, SHIFT_DOWN)), view::toggleHighContrast));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (Panel p : Panel.values()) {
            s.add(new Shortcut("panel-" + p.id(), Group.VIEW, "shortcut.panel." + p.id(),
                    List.of(key(digits[p.ordinal()], SHORTCUT_DOWN)), () -> view.togglePanel(p)));
        }
        // "?" needs Shift on most keyboards, not on all
        s.add(new Shortcut("help", Group.VIEW, "shortcut.help",
                List.of(key(KeyCode.F1), new KeyCharacterCombination("?", KeyCombination.SHIFT_ANY)), view::toggleHelp));
        return new Shortcuts(s);
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    public List<Shortcut> all() {
        return all;
    }

    public List<Shortcut> group(Group g) {
        return all.stream().filter(s -> s.group() == g).toList();
    }

    public Optional<Shortcut> find(String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
