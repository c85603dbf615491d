package org.proclab.ui.spread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.Lesson;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.Script;
import org.proclab.spread.Outcome;
import org.proclab.spread.OutcomeSpread;
import org.proclab.spread.OutputLine;
import org.proclab.ui.UiSnapshots;
import org.proclab.ui.enumerate.skin.FractionBar;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the spread view draws for a made-up series of ten runs of lesson 4 without the lock. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutcomeSpreadViewTest {
    private static final Script.Prediction PREDICTION = lockValuePrediction();
    private OutcomeSpreadView view;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        view = new OutcomeSpreadView();
        view.setLocale(I18n.ENGLISH);
        scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 720, 600));
        stage.show();
    }

    private static Script.Prediction lockValuePrediction() {
        Lesson l = LessonCatalog.builtIn().find("lock-value").orElseThrow();
        return l.scriptFor(l.variant("no-lock").orElseThrow()).predictions().get(0);
    }

    private static Outcome run(int finalValue) {
        List<OutputLine> lines = List.of(
                new OutputLine("Process-1", "stdout", "adding 1 five times"),
                new OutputLine("Process-2", "stdout", "adding 3 five times"),
                new OutputLine(Outcome.MAIN, "stdout", "final value: " + finalValue + " (20 if no update was lost)"));
        return new Outcome(lines, 0, false, false, List.of(finalValue == 20 ? 0 : 1));
    }

    /** 6 × 20, 3 × 19, 1 × 17: three outcomes, in a mixed order. */
    static OutcomeSpread tenRuns() {
        List<Outcome> runs = new ArrayList<>();
        int[] values = {20, 19, 20, 20, 17, 20, 19, 20, 19, 20};
        for (int v : values) {
            runs.add(run(v));
        }
        return new OutcomeSpread(runs);
    }

    private void show(OutcomeSpread s, int chosen) {
        UiSnapshots.onFx(() -> {
            view.setSpread(s);
            view.setPrediction(PREDICTION);
            view.setChosen(chosen);
            return null;
        });
    }

    private List<Node> all(String selector) {
        return UiSnapshots.onFx(() -> List.copyOf(view.lookupAll(selector)));
    }

    private static String text(Node n) {
        return ((Label) n).getText();
    }

    @Test
    void tenRuns_oneBarPerOutcome_countsMostFrequentFirst_yourChoiceMarked() {
        show(tenRuns(), 1);

        List<Node> rows = all(".outcome");
        assertEquals(3, rows.size());
        assertEquals(List.of("6\u00D7", "3\u00D7", "1\u00D7"), all(".outcome-count").stream().map(OutcomeSpreadViewTest::text).toList());
        List<Double> fractions = all(".outcome-track").stream().map(n -> ((FractionBar) n).getFraction()).toList();
        assertEquals(List.of(0.6, 0.3, 0.1), fractions);
        assertEquals(List.of("final value: 20 (20 if no update was lost)", "final value: 19 (20 if no update was lost)",
                "final value: 17 (20 if no update was lost)"), all(".outcome-line").stream().map(OutcomeSpreadViewTest::text).toList());
        assertEquals("10 runs, 3 distinct outcomes", text(all(".outcomes-summary").get(0)));
        assertEquals("The same in every run: 2 lines before and none after what differs.", text(all(".common-summary").get(0)));

        List<Node> choices = all(".choice-row");
        assertEquals(2, choices.size());
        assertEquals(List.of("held in 6 of 10", "held in 4 of 10"), all(".choice-held").stream().map(OutcomeSpreadViewTest::text).toList());
        assertTrue(choices.get(1).getPseudoClassStates().contains(OutcomeSpreadView.CHOSEN));
        assertTrue(!choices.get(0).getPseudoClassStates().contains(OutcomeSpreadView.CHOSEN));
        assertEquals(1, all(".your-choice").size());
        UiSnapshots.save(scroll, "outcomes");

        // high contrast, as the main window applies it: light text on dark panels
        UiSnapshots.onFx(() -> {
            scroll.getStyleClass().add("main-window");
            scroll.getStylesheets().add(org.proclab.ui.present.Theme.HIGH_CONTRAST.stylesheet());
            view.applyCss();
            return null;
        });
        javafx.scene.layout.Region card = (javafx.scene.layout.Region) all(".outcome").get(0);
        javafx.scene.paint.Color panel = (javafx.scene.paint.Color) card.getBackground().getFills().get(0).getFill();
        javafx.scene.paint.Color line = (javafx.scene.paint.Color) ((javafx.scene.control.Labeled) all(".outcome-line").get(0)).getTextFill();
        assertTrue(panel.getBrightness() < 0.2 && line.getBrightness() > 0.9, panel + " behind " + line);
        UiSnapshots.save(scroll, "theme-hc-outcomes");
    }

    @Test
    void showCommon_listsTheSharedLines() {
        show(tenRuns(), -1);
        Hyperlink toggle = (Hyperlink) all(".common-toggle").get(0);
        UiSnapshots.onFx(() -> {
            toggle.fire();
            return null;
        });
        assertEquals(List.of("[Process-1] adding 1 five times", "[Process-2] adding 3 five times"),
                all(".common-line").stream().map(OutcomeSpreadViewTest::text).toList());
        assertEquals(0, all(".your-choice").size(), "no choice made, none marked");
    }

    @Test
    void deadlockOutcome_isMarked_andSaysSo() {
        Outcome stuck = new Outcome(List.of(new OutputLine("consumer", "stdout", "consumer got 1")), null, true, false, List.of());
        Outcome fine = new Outcome(List.of(new OutputLine("consumer", "stdout", "consumer got 1")), 0, false, false, List.of());
        show(new OutcomeSpread(List.of(stuck, fine, stuck)), -1);
        UiSnapshots.onFx(() -> {
            view.setPrediction(null);
            return null;
        });
        List<Node> rows = all(".outcome");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getPseudoClassStates().contains(OutcomeSpreadView.DEADLOCK));
        assertEquals("Deadlock: no process could go on, so the run was stopped", text(all(".outcome-ending").get(0)));
        assertEquals(0, all(".choice-row").size());
        UiSnapshots.save(scroll, "outcomes-deadlock");
    }

    @Test
    void oneOutcome_showsItsLastLine_andCollapsesTheRest() {
        show(new OutcomeSpread(List.of(run(20), run(20))), -1);
        assertEquals(1, all(".outcome").size());
        assertEquals(List.of("final value: 20 (20 if no update was lost)"),
                all(".outcome-line").stream().map(OutcomeSpreadViewTest::text).toList());
        assertEquals("Every run printed the same 3 lines.", text(all(".common-summary").get(0)));
    }

    @Test
    void empty_showsThePlaceholder() {
        show(OutcomeSpread.EMPTY, -1);
        assertEquals(1, all(".placeholder").size());
        assertEquals(0, all(".outcome").size());
    }

    @Test
    void chinese_sameBars_translatedTexts() {
        UiSnapshots.onFx(() -> {
            view.setLocale(I18n.CHINESE);
            CjkFonts.stylesheet().ifPresent(scroll.getStylesheets()::add);
            return null;
        });
        show(tenRuns(), 0);
        assertEquals(3, all(".outcome").size());
        assertEquals("共 10 次运行，3 种结果", text(all(".outcomes-summary").get(0)));
        assertEquals("10 次中成立 6 次", text(all(".choice-held").get(0)));
        UiSnapshots.save(scroll, "outcomes-zh");
    }
}
