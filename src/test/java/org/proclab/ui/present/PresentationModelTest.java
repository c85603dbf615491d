package org.proclab.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.Script;
import org.proclab.trace.Event;
import org.proclab.ui.TraceFixtures;
import org.proclab.lesson.ScriptPlayer;

/** The presentation state's rules, and finding the next narration, without a window. */
@Tag("unit")
class PresentationModelTest {
    private final PresentationModel m = new PresentationModel();

    @Test
    void zoomIn_stopsAt200Percent() {
        for (int i = 0; i < 30; i++) {
            m.zoomIn();
        }
        assertEquals(2.0, m.getZoom());
        assertEquals(200, m.zoomPercent());
    }

    @Test
    void zoomOut_stopsAt50Percent_andResetGivesBack100() {
        for (int i = 0; i < 30; i++) {
            m.zoomOut();
        }
        assertEquals(0.5, m.getZoom());
        m.resetZoom();
        assertEquals(1.0, m.getZoom());
    }

    @Test
    void zoomSteps_stayOnWholePercents() {
        for (int i = 0; i < 7; i++) {
            m.zoomIn();
        }
        assertEquals(1.7, m.getZoom(), 0.0); // no 1.7000000000000004
        m.setZoom(7);
        assertEquals(2.0, m.getZoom());
    }

    @Test
    void presentation_goesFullScreenAt150PercentWithoutLessonsOrConsoles_andLeavingRestores() {
        m.setZoom(1.2);
        m.shownProperty(Panel.SOURCE).set(false);
        m.enterPresentation();
        assertTrue(m.presentingProperty().get());
        assertTrue(m.fullScreenProperty().get());
        assertEquals(1.5, m.getZoom());
        assertFalse(m.shownProperty(Panel.LESSONS).get());
        assertFalse(m.shownProperty(Panel.CONSOLES).get(), "the consoles and events give the diagram their room");
        assertTrue(m.shownProperty(Panel.NARRATION).get(), "the class answers the prediction");

        m.zoomIn(); // the presenter may still zoom
        m.togglePanel(Panel.CONSOLES); // and bring the consoles back (Ctrl+3) for a while
        m.leavePresentation();
        assertFalse(m.presentingProperty().get());
        assertFalse(m.fullScreenProperty().get());
        assertEquals(1.2, m.getZoom());
        assertTrue(m.shownProperty(Panel.LESSONS).get());
        assertTrue(m.shownProperty(Panel.CONSOLES).get());
        assertFalse(m.shownProperty(Panel.SOURCE).get(), "a panel presentation mode did not touch stays as it was");
    }

    @Test
    void presentationZoom_keepsTheRoomOfA1280PixelScreen() {
        assertEquals(1.5, PresentationModel.presentationZoom(1920), "a 1920 × 1080 projector");
        assertEquals(1.25, PresentationModel.presentationZoom(1600));
        assertEquals(1.0, PresentationModel.presentationZoom(1280), "a 1280 × 800 projector: the layout needs all of it");
        assertEquals(1.0, PresentationModel.presentationZoom(1024), "never below 100 %");
        assertEquals(1.5, PresentationModel.presentationZoom(3840), "never above 150 %");
        m.setScreenWidth(() -> 1280);
        m.enterPresentation();
        assertEquals(1.0, m.getZoom());
    }

    @Test
    void presentation_keepsALargerZoom_andRestoresAHiddenLessonsPane() {
        m.setZoom(1.8);
        m.shownProperty(Panel.LESSONS).set(false);
        m.fullScreenProperty().set(true);
        m.togglePresentation();
        assertEquals(1.8, m.getZoom());
        m.togglePresentation();
        assertTrue(m.fullScreenProperty().get(), "it was full screen before");
        assertFalse(m.shownProperty(Panel.LESSONS).get());
    }

    @Test
    void leavingFullScreen_endsPresentation() {
        m.enterPresentation();
        m.fullScreenProperty().set(false); // Esc, handled by the stage
        assertFalse(m.presentingProperty().get());
        assertEquals(1.0, m.getZoom());
        assertTrue(m.shownProperty(Panel.LESSONS).get());
        assertFalse(m.fullScreenProperty().get());
    }

    @Test
    void toggles_flipThemeHelpAndPanels() {
        m.toggleHighContrast();
        assertEquals(Theme.HIGH_CONTRAST, m.themeProperty().get());
        m.toggleHighContrast();
        assertEquals(Theme.LIGHT, m.themeProperty().get());
        m.togglePanel(Panel.CONSOLES);
        assertFalse(m.shownProperty(Panel.CONSOLES).get());
        m.toggleHelp();
        assertTrue(m.helpShownProperty().get());
    }

    @Test
    void nextNarration_isTheNextEventThatMadeALineDue() {
        Script script = LessonCatalog.builtIn().find("pool").orElseThrow().scriptFor(null);
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        ScriptPlayer player = new ScriptPlayer(script);
        player.apply(events);
        List<ScriptPlayer.Line> lines = player.lines();
        assertTrue(lines.size() >= 2, "the pool script narrates the pool trace");

        int first = RunActions.next(script, events, -1).orElseThrow();
        assertEquals(lines.get(0).seq(), events.get(first).seq());
        int second = RunActions.next(script, events, first).orElseThrow();
        assertEquals(lines.get(1).seq(), events.get(second).seq());
        assertEquals(OptionalInt.of(first), RunActions.previous(script, events, second));
        assertEquals(OptionalInt.empty(), RunActions.previous(script, events, first));
        assertEquals(OptionalInt.empty(), RunActions.next(script, events, events.size() - 1 ));
    }
}
