package org.proclab.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.proclab.kernel.Scheduler;
import org.proclab.trace.Event;
import org.proclab.ui.AppWindow;
import org.proclab.ui.TraceFixtures;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.narration.PredictionCard;
import org.testfx.api.FxRobot;

/** The presentation shortcuts pressed in a real main window. */
@Tag("ui")
class PresentationModeTest {
    @RegisterExtension
    final AppWindow app = AppWindow.english().inPresentationShell();

    private MainViewModel vm;
    private MainWindow window;
    private PresentationShell shell;
    private PresentationModel model;
    private Scene scene;
    private Stage stage;

    private void fx(Runnable r) {
        UiSnapshots.onFx(() -> {
            r.run();
            return null;
        });
    }

    private static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, true, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private static Color background(Node n) {
        return (Color) ((Region) n).getBackground().getFills().get(0).getFill();
    }

    @Test
    void f11_togglesFullScreen(FxRobot robot) {
        robot.press(KeyCode.F11).release(KeyCode.F11);
        assertTrue(model.fullScreenProperty().get());
        assertTrue(UiSnapshots.onFx(stage::isFullScreen));
        robot.press(KeyCode.F11).release(KeyCode.F11);
        assertFalse(model.fullScreenProperty().get());
    }

    @Test
    void ctrlEquals_zoomsEverythingBy10Percent_andCtrl0Resets(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertEquals(1.1, model.getZoom(), 1e-9, "once, not also through the menu's accelerator");
        assertEquals(1.1, shell.zoomPane().scale(), 1e-9);
        assertEquals(1.1, UiSnapshots.onFx(() -> window.getLocalToSceneTransform().getMxx()), 1e-9);
        assertEquals(Math.floor(1280 / 1.1), UiSnapshots.onFx(window::getWidth), 1e-9, "laid out in the zoomed size");
        assertEquals("Zoom 110 %", ((Label) scene.lookup("#status-zoom")).getText());
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertEquals(0.9, model.getZoom(), 1e-9);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(1.0, shell.zoomPane().scale(), 1e-9);
        fx(() -> window.centreTabs().fireEvent(wheel(40))); // TestFX's scroll directions vary by robot
        assertEquals(1.1, model.getZoom(), 1e-9, "Ctrl + wheel up zooms in");
        fx(() -> window.centreTabs().fireEvent(wheel(-40)));
        assertEquals(1.0, model.getZoom(), 1e-9);
    }

    @Test
    void menus_followTheZoom(FxRobot robot) {
        fx(() -> model.setZoom(1.5));
        robot.clickOn("View");
        Label zoomIn = UiSnapshots.onFx(() -> robot.lookup(".context-menu .label").queryAll().stream()
                .filter(n -> n instanceof Label l && "Zoom in".equals(l.getText())).map(Label.class::cast).findFirst().orElseThrow());
        assertEquals(19.5, zoomIn.getFont().getSize(), 0.01);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void f9_switchesToHighContrast(FxRobot robot) {
        Node status = scene.lookup(".status-bar");
        Color light = UiSnapshots.onFx(() -> background(status));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertEquals(Theme.HIGH_CONTRAST, model.themeProperty().get());
        assertEquals(Theme.HIGH_CONTRAST.stylesheet(), window.getStylesheets().get(window.getStylesheets().size() - 1));
        Color dark = UiSnapshots.onFx(() -> background(status));
        assertTrue(dark.getBrightness() < 0.2 && light.getBrightness() > 0.8, light + " -> " + dark);
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertFalse(window.getStylesheets().contains(Theme.HIGH_CONTRAST.stylesheet()));
    }

    @Test
    void ctrl3_hidesTheConsoles_andGivesThemBack(FxRobot robot) {
        // the consoles and the event log beside them go together; a SplitPane's skin holds its items
        Node consoles = window.consoles().getParent().getParent();
        assertTrue(((SplitPane) consoles).getItems().contains(window.consoles()));
        assertTrue(consoles.lookup("#event-log") != null);
        SplitPane split = (SplitPane) consoles.getParent().getParent();
        assertTrue(split.getItems().contains(consoles));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertFalse(split.getItems().contains(consoles));
        assertEquals(1, split.getItems().size(), "the views get the whole height");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(consoles, split.getItems().get(1));
        assertEquals(0.72, split.getDividerPositions()[0], 0.02, "the divider where it was");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertFalse(window.timeline().isVisible());
        // Ctrl+1 takes the lesson list away, the narration stays; Ctrl+5 the narration too: the column goes
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().listPart().getScene()) == null, "the list is gone");
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().wordsPart().getScene()) != null, "the narration is not");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().getScene()) == null, "the left column is gone");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().listPart().getScene()) != null, "the list is back");
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().wordsPart().getScene()) == null);
    }

    @Test
    void f1_showsTheShortcuts_andEscClosesThem(FxRobot robot) {
        Node overlay = scene.lookup("#help-overlay");
        assertFalse(overlay.isVisible());
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertTrue(overlay.isVisible());
        assertEquals("Run the lesson", ((Label) scene.lookup("#help-text-run")).getText());
        assertEquals("F5", ((Label) scene.lookup("#help-key-run")).getText());
        UiSnapshots.save(scene, "presentation-help");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(overlay.isVisible());

        fx(() -> vm.i18n().setLocale(I18n.CHINESE));
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertEquals("运行课程", ((Label) scene.lookup("#help-text-run")).getText());
        UiSnapshots.save(scene, "presentation-help-zh");
        robot.clickOn(overlay);
        assertFalse(overlay.isVisible());
    }

    @Test
    void f10_entersPresentationMode_andLeavesItAsItWas(FxRobot robot) {
        robot.press(KeyCode.F10).release(KeyCode.F10);
        assertTrue(model.presentingProperty().get());
        double screen = javafx.stage.Screen.getPrimary().getBounds().getWidth();
        assertEquals(PresentationModel.presentationZoom(screen), shell.zoomPane().scale(), 1e-9, "zoomed for this screen");
        assertTrue(UiSnapshots.onFx(() -> window.consoles().getScene()) == null, "the consoles give the diagram their room");
        if (stage.isFullScreen()) { // how to leave it, for a few seconds, clear of the diagrams
            Label hint = shell.fullScreenHint();
            assertTrue(UiSnapshots.onFx(hint::isVisible));
            javafx.geometry.Bounds h = UiSnapshots.onFx(() -> hint.localToScene(hint.getBoundsInLocal()));
            javafx.geometry.Bounds views = UiSnapshots.onFx(() -> window.centreTabs().localToScene(window.centreTabs().getBoundsInLocal()));
            assertFalse(h.intersects(views), "the hint " + h + " covers no diagram " + views);
            assertEquals("", stage.getFullScreenExitHint(), "not JavaFX's own, over the middle of the screen");
        }
        assertTrue(model.fullScreenProperty().get());
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().listPart().getScene()) == null, "the lesson list is out");
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().predictionCard().getScene()) != null,
                "the narration and the prediction stay, for the class to answer");
        robot.press(KeyCode.F10).release(KeyCode.F10);
        assertFalse(model.presentingProperty().get());
        assertEquals(1.0, shell.zoomPane().scale(), 1e-9);
        assertTrue(UiSnapshots.onFx(() -> window.lessonPane().listPart().getScene()) != null);
    }

    @Test
    void n_movesTheTimelineToTheNextNarration_andShiftNBack(FxRobot robot) {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        fx(() -> {
            window.lessonPane().select("pool", null);
            vm.runModel().replay(events);
            vm.runModel().showAt(0);
        });
        var script = vm.narration().scriptProperty().get();
        int first = RunActions.next(script, events, 0).orElseThrow();
        int second = RunActions.next(script, events, first).orElseThrow();
        robot.press(KeyCode.N).release(KeyCode.N);
        assertEquals(first, vm.runModel().shownProperty().get());
        robot.press(KeyCode.N).release(KeyCode.N);
        assertEquals(second, vm.runModel().shownProperty().get());
        robot.press(KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT);
        assertEquals(first, vm.runModel().shownProperty().get());
        robot.press(KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET);
        assertEquals(first + 1, vm.runModel().shownProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        assertEquals(first, vm.runModel().shownProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        assertEquals(events.size() - 1, vm.runModel().shownProperty().get());
    }

    @Test
    void letters_stayWithAFocusedTextFieldOrPredictionCard_ctrlKeysDoNot(FxRobot robot) {
        List<Event> events = TraceFixtures.load(TraceFixtures.POOL);
        TextField field = new TextField();
        PredictionCard card = new PredictionCard(vm.narration(), vm.i18n());
        fx(() -> {
            window.lessonPane().select("pool", null);
            vm.runModel().replay(events);
            vm.runModel().showAt(0);
            VBox extra = new VBox(field, card); // stand-ins for the window's own text field and card
            extra.setMaxSize(300, 200);
            shell.getChildren().add(extra);
            field.requestFocus();
        });
        robot.press(KeyCode.N).release(KeyCode.N);
        assertEquals(0, vm.runModel().shownProperty().get(), "N is typed, not a shortcut");
        assertEquals("n", field.getText());
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertEquals(1.1, model.getZoom(), 1e-9, "Ctrl keys still work");

        fx(card::requestFocus);
        robot.press(KeyCode.N).release(KeyCode.N);
        assertEquals(0, vm.runModel().shownProperty().get(), "the card keeps its keys");
        fx(window::requestFocus);
        robot.press(KeyCode.N).release(KeyCode.N);
        assertTrue(vm.runModel().shownProperty().get() > 0);
    }

    @Test
    void p_pausesIntoStepMode_andResumesTheModeBefore(FxRobot robot) {
        fx(() -> vm.scheduler().setMode(Scheduler.Mode.SLOW));
        robot.press(KeyCode.P).release(KeyCode.P);
        assertEquals(Scheduler.Mode.STEP, vm.scheduler().getMode());
        robot.press(KeyCode.F6).release(KeyCode.F6);
        assertEquals(Scheduler.Mode.SLOW, vm.scheduler().getMode());
    }
}
