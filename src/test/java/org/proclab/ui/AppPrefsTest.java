package org.proclab.ui;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.ui.i18n.I18n;

/** What the app remembers between starts, on a private preferences node, and where its window goes. */
@Tag("unit")
class AppPrefsTest {
    private final Preferences node = Preferences.userRoot().node("proclab-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void firstStart_remembersNothing() {
        AppPrefs p = new AppPrefs(node);
        assertNull(p.window());
        assertNull(p.lesson());
        assertNull(p.variant());
        assertNull(p.language());
        assertEquals(1.0, p.zoom(1.0));
        assertEquals(false, p.pythonTwin(), "the Python twin stays hidden until the student asks for it");
    }

    @Test
    void whatWasSet_isThereOnTheNextStart() {
        AppPrefs before = new AppPrefs(node);
        before.setWindow(new Rectangle2D(40, 30, 1400, 900));
        before.setLesson("pipe", "forgot-close");
        before.setLanguage(I18n.CHINESE);
        before.setZoom(1.3);
        before.setPythonTwin(true);
        before.flush();

        AppPrefs after = new AppPrefs(Preferences.userRoot().node(node.absolutePath().substring(1)));
        assertEquals(new Rectangle2D(40, 30, 1400, 900), after.window());
        assertEquals("pipe", after.lesson());
        assertEquals("forgot-close", after.variant());
        assertEquals(I18n.CHINESE, after.language());
        assertEquals(1.3, after.zoom(1.0));
        assertEquals(true, after.pythonTwin());

        after.setLesson("queue", null);
        assertEquals("queue", after.lesson());
        assertNull(after.variant(), "a lesson without a variant forgets the old variant");
    }

    @Test
    void nonsense_readsAsAbsent() {
        node.putDouble("window.width", -5);
        node.putDouble("zoom", 0);
        node.put("language", "de");
        AppPrefs p = new AppPrefs(node);
        assertNull(p.window());
        assertEquals(1.0, p.zoom(1.0));
        assertEquals(I18n.ENGLISH, p.language(), "a language ProcLab does not speak reads as English");
    }

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    /** A 1920 × 1080 screen right of the laptop, with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1040);

    @Test
    void fit_firstStart_defaultSizeCentred_butNeverTallerThanTheScreen() {
        Rectangle2D b = WindowPlacement.fit(null, List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(0, 0, 1280, 800), b, "820 does not fit 800: not at y = -7 and cut, but 800");
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1040);
        assertEquals(new Rectangle2D(320, 110, 1280, 820), WindowPlacement.fit(null, List.of(big), big));
    }

    @Test
    void fit_lastBounds_keptWhenTheyFit_movedAndShrunkWhenNot() {
        assertEquals(new Rectangle2D(1300, 20, 1600, 900),
                WindowPlacement.fit(new Rectangle2D(1300, 20, 1600, 900), List.of(LAPTOP, PROJECTOR), LAPTOP));
        // the projector is gone: back onto the laptop, at its size
        assertEquals(new Rectangle2D(0, 0, 1280, 800),
                WindowPlacement.fit(new Rectangle2D(1300, 20, 1600, 900), List.of(LAPTOP), LAPTOP));
        // hanging off the bottom of the screen it is on: moved up inside its visual bounds
        assertEquals(new Rectangle2D(1400, 140, 1500, 900),
                WindowPlacement.fit(new Rectangle2D(1400, 600, 1500, 900), List.of(LAPTOP, PROJECTOR), LAPTOP));
        // a window once made tiny comes back usable
        assertEquals(WindowPlacement.MIN_WIDTH, WindowPlacement.fit(new Rectangle2D(10, 10, 200, 100),
                List.of(LAPTOP), LAPTOP).getWidth());
    }
}
