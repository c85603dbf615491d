package org.proclab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A student's program arguments, typed on one line as in a shell. */
@Tag("unit")
class ProgramArgumentsTest {
    @Test
    void split_spacesSeparate_quotesKeepSpaces() {
        assertEquals(List.of("/usr/lib", "my folder", "it's", ""), ProgramArguments.split("  /usr/lib \"my folder\"\t\"it's\" ''  "));
    }

    @Test
    void split_blankOrNull_givesNoArguments() {
        assertEquals(List.of(), ProgramArguments.split("   "));
        assertEquals(List.of(), ProgramArguments.split(null));
    }

    @Test
    void split_openQuote_runsToTheEnd_andQuotesJoinAWord() {
        assertEquals(List.of("a", "b c"), ProgramArguments.split("a \"b c"));
        assertEquals(List.of("x=1 2"), ProgramArguments.split("x=\"1 2\""));
    }
}
