package org.proclab.spread;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.i18n.Messages;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.Script;

/** The command line's report of repeated runs, in English and in Chinese. */
@Tag("unit")
class SpreadReportTest {
    private static final Outcome TWENTY = OutcomeSpreadTest.outcome(0, "start", "final value: 20 (20 if no update was lost)");
    private static final Outcome NINETEEN = OutcomeSpreadTest.outcome(1, "start", "final value: 19 (20 if no update was lost)");
    private static final Outcome STUCK = new Outcome(TWENTY.lines(), null, true, false, List.of(1));

    private static Script lockValueScript() {
        return LessonCatalog.builtIn().find("lock-value").orElseThrow().script();
    }

    @Test
    void of_inEnglish_countsOutcomes_showsWhatDiffers_andHowOftenEachChoiceHeld() {
        OutcomeSpread spread = new OutcomeSpread(List.of(TWENTY, NINETEEN, TWENTY, STUCK));
        String report = SpreadReport.of("lock-value, variant no-lock", spread, lockValueScript(), Messages.ENGLISH);
        List<String> lines = report.lines().toList();
        assertEquals("4 runs of lock-value, variant no-lock: 3 distinct outcomes", lines.get(0));
        assertEquals("2×  final value: 20 (20 if no update was lost)", lines.get(1));
        assertEquals("1×  final value: 19 (20 if no update was lost)", lines.get(2));
        assertEquals("1×  final value: 20 (20 if no update was lost)", lines.get(3));
        assertEquals("    (deadlock: stopped)", lines.get(4));
        assertEquals("(not shown: 1 line before and none after, the same in every run)", lines.get(5));
        Script.Prediction asked = lockValueScript().predictions().get(0);
        assertEquals("prediction: " + asked.ask().in(Messages.ENGLISH), lines.get(6));
        assertEquals("  choice 1 held in 2 runs: " + asked.choices().get(0).in(Messages.ENGLISH), lines.get(7));
        assertEquals("  choice 2 held in 2 runs: " + asked.choices().get(1).in(Messages.ENGLISH), lines.get(8));
    }

    @Test
    void of_inChinese_saysItAllInChinese_keepingWhatTheProgramsPrinted() {
        OutcomeSpread spread = new OutcomeSpread(List.of(TWENTY, NINETEEN, STUCK));
        List<String> lines = SpreadReport.of("lock-value", spread, lockValueScript(), Messages.CHINESE).lines().toList();
        assertEquals("lock-value 运行了 3 次：3 种不同的结果", lines.get(0));
        assertEquals("1×  final value: 20 (20 if no update was lost)", lines.get(1), "the program's own line as printed");
        assertEquals("    （死锁：已停止）", lines.get(4));
        assertEquals("（未显示：之前 1 行、之后 0 行，每次运行都一样）", lines.get(5));
        Script.Prediction asked = lockValueScript().predictions().get(0);
        assertEquals("预测：" + asked.ask().in(Messages.CHINESE), lines.get(6));
        assertEquals("  选项 1 在 1 次运行中成立：" + asked.choices().get(0).in(Messages.CHINESE), lines.get(7));
    }

    @Test
    void of_everyRunAlike_saysSo() {
        OutcomeSpread same = new OutcomeSpread(List.of(TWENTY, TWENTY));
        assertEquals("2×  (every run printed the same 2 lines; the last: final value: 20 (20 if no update was lost))",
                SpreadReport.of("x", same, null, Messages.ENGLISH).lines().toList().get(1));
    }
}
