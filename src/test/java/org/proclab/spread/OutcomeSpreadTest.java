package org.proclab.spread;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Grouping made-up outcomes: counts, order, and which lines differ between outcomes. */
@Tag("unit")
class OutcomeSpreadTest {
    static Outcome outcome(Integer answer, String... mainLines) {
        List<OutputLine> lines = Arrays.stream(mainLines).map(t -> new OutputLine(Outcome.MAIN, "stdout", t)).toList();
        List<Integer> answers = new ArrayList<>();
        answers.add(answer);
        return new Outcome(lines, 0, false, false, answers);
    }

    @Test
    void groups_mostFrequentFirst_countsSumToRuns_onlyTheFinalLineDiffers() {
        Outcome twenty = outcome(0, "start", "final value: 20 (20 if no update was lost)");
        Outcome thirteen = outcome(1, "start", "final value: 13 (20 if no update was lost)");
        OutcomeSpread s = new OutcomeSpread(List.of(thirteen, twenty, twenty, thirteen, twenty));

        assertEquals(5, s.total());
        assertEquals(2, s.groups().size());
        assertEquals(3, s.groups().get(0).count());
        assertEquals(List.of(2, 3, 5), s.groups().get(0).runs());
        assertEquals(List.of(1, 4), s.groups().get(1).runs());
        assertEquals(List.of("final value: 20 (20 if no update was lost)"),
                s.groups().get(0).differing().stream().map(OutputLine::text).toList());
        assertEquals(1, s.commonBefore());
        assertEquals(0, s.commonAfter());
        assertEquals(Map.of("20", 3, "13", 2), s.valuesAfter("final value:"));
        assertEquals(List.of("20", "13"), List.copyOf(s.valuesAfter("final value:").keySet()));
        assertArrayEquals(new int[] {3, 2}, s.answerCounts(0, 2));
    }

    @Test
    void orderDiffers_showsTheMiddle_betweenCommonStartAndEnd() {
        Outcome ab = outcome(null, "parent", "callback a", "callback b", "all done");
        Outcome ba = outcome(null, "parent", "callback b", "callback a", "all done");
        OutcomeSpread s = new OutcomeSpread(List.of(ab, ba, ab));

        assertEquals(1, s.commonBefore());
        assertEquals(1, s.commonAfter());
        assertEquals(List.of("callback a", "callback b"), s.groups().get(0).differing().stream().map(OutputLine::text).toList());
        assertEquals(List.of("callback b", "callback a"), s.groups().get(1).differing().stream().map(OutputLine::text).toList());
        assertArrayEquals(new int[] {0, 0}, s.answerCounts(0, 2), "runs that cannot tell are not counted");
    }

    @Test
    void sameLinesButDeadlocked_isAnotherOutcome() {
        Outcome ok = outcome(0, "got 1");
        Outcome stuck = new Outcome(ok.lines(), null, true, false, List.of(1));
        OutcomeSpread s = new OutcomeSpread(List.of(ok, stuck, stuck));

        assertEquals(2, s.groups().size());
        assertEquals(Outcome.Ending.DEADLOCK, s.groups().get(0).outcome().ending());
        assertEquals(List.of(), s.groups().get(0).differing());
    }

    @Test
    void oneOutcome_nothingDiffers_allLinesCommon() {
        Outcome o = outcome(0, "a", "b");
        OutcomeSpread s = new OutcomeSpread(List.of(o, o));
        assertEquals(1, s.groups().size());
        assertEquals(2, s.groups().get(0).count());
        assertEquals(2, s.commonBefore());
        assertEquals(List.of(), s.groups().get(0).differing());
    }

    @Test
    void prefixAndSuffixNeverOverlap_whenOneOutcomeIsAPrefixOfAnother() {
        OutcomeSpread s = new OutcomeSpread(List.of(outcome(0, "a", "a"), outcome(0, "a")));
        assertEquals(1, s.commonBefore());
        assertEquals(0, s.commonAfter());
        assertEquals(List.of("a"), s.groups().get(0).differing().stream().map(OutputLine::text).toList());
        assertEquals(List.of(), s.groups().get(1).differing());
    }

    @Test
    void empty_hasNoGroups() {
        assertEquals(0, OutcomeSpread.EMPTY.total());
        assertEquals(List.of(), OutcomeSpread.EMPTY.groups());
    }
}
