package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.cli.RunCommandTest.Captured;

/** {@code proclab run --repeat N}: the spread it prints and its exit code. */
@Tag("process")
class RunRepeatTest {

    @Test
    void repeat3_printsEachOutcomeWithItsCount_exit0EvenWhenARunFailed(@TempDir Path dir) {
        Captured c = RunCommandTest.cli("run", "--main", "org.proclab.programs.spread.EveryThirdDiffers",
                "--classpath", "target/test-classes", "--repeat", "3", "--", dir.resolve("n").toString(), "fail");
        assertEquals(0, c.code(), c.out() + c.err());
        assertEquals("""
                3 runs of org.proclab.programs.spread.EveryThirdDiffers: 2 distinct outcomes
                2\u00D7  final value: 20
                1\u00D7  final value: 13
                    (exit code 1)
                (not shown: 2 lines before and 1 line after, the same in every run)
                """, c.out());
        assertTrue(c.err().contains("proclab: run 3 of 3 ended with exit code 1"), c.err());
        assertTrue(!c.out().contains("main pid"), "the runs' own output is not echoed");
    }

    @Test
    void repeatLessonWithPrediction_countsWhichChoiceHeld() {
        Captured c = RunCommandTest.cli("run", "--lesson", "lock-value", "--variant", "no-lock", "--repeat", "2");
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().startsWith("2 runs of lock-value, variant no-lock: "), c.out());
        assertTrue(c.out().contains("final value: "), c.out());
        assertTrue(c.out().contains("prediction: Each child adds five times"), c.out());
        Matcher m = Pattern.compile("choice \\d held in (\\d+) runs?: ").matcher(c.out());
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        assertEquals(2, sum, c.out());
    }

    @Test
    void repeatZeroOrWithTrace_usageError_noRun(@TempDir Path dir) {
        assertEquals(2, RunCommandTest.cli("run", "--lesson", "lock-value", "--repeat", "0").code());
        Captured c = RunCommandTest.cli("run", "--lesson", "lock-value", "--repeat", "2", "--trace", dir.resolve("t").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("do not go with --repeat"), c.err());
    }
}
