package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.ui.model.ConsoleLine;

/** A console's rows change in a few steps, and a listener that applies them sees exactly the new rows. */
@Tag("unit")
class ConsoleListTest {
    private static ConsoleLine line(int i) {
        return new ConsoleLine(i, 1, "main", 0, ConsoleLine.Stream.STDOUT, "line " + i, null);
    }

    /** A copy kept up to date only through the change events, as a ListView's skin is. */
    private static List<String> mirror(ConsoleList rows, int[] changes) {
        List<String> copy = new ArrayList<>();
        rows.addListener((ListChangeListener<ConsoleLine>) c -> {
            changes[0]++;
            while (c.next()) {
                if (c.wasReplaced() || c.wasRemoved()) {
                    copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                }
                if (c.wasAdded()) {
                    List<String> added = new ArrayList<>();
                    for (ConsoleLine l : c.getAddedSubList()) {
                        added.add(text(l));
                    }
                    copy.addAll(c.getFrom(), added);
                }
            }
        });
        return copy;
    }

    private static String text(ConsoleLine l) {
        return l.stream() == ConsoleLine.Stream.ELIDED ? "… " + l.text() : l.text();
    }

    private static List<String> rows(ConsoleList rows) {
        return rows.stream().map(ConsoleListTest::text).toList();
    }

    @Test
    void show_growingThenSlidingThenBack_aListenerFollowsEveryStep_oneChangeEach() {
        ConsoleList rows = new ConsoleList(ConsoleListTest::line);
        int[] changes = {0};
        List<String> copy = mirror(rows, changes);
        rows.show(0, 5);
        assertEquals(List.of("line 0", "line 1", "line 2", "line 3", "line 4"), rows(rows));
        rows.show(2, 6); // the first slide: a row stands for lines 0 and 1
        assertEquals(List.of("… 2", "line 2", "line 3", "line 4", "line 5"), rows(rows));
        rows.show(4, 9); // slid on: removed at the front, added at the end
        assertEquals(List.of("… 4", "line 4", "line 5", "line 6", "line 7", "line 8"), rows(rows));
        rows.show(4, 7); // the timeline went back
        rows.show(0, 3); // far back
        assertEquals(List.of("line 0", "line 1", "line 2"), rows(rows));
        assertEquals(rows(rows), copy);
        assertEquals(5, changes[0]);
    }

    @Test
    void show_slidOn_aListenerSeesTheRemovedLinesWhileTheyAreKept() {
        ConsoleList rows = new ConsoleList(ConsoleListTest::line);
        rows.show(1, 4);
        List<String> removed = new ArrayList<>();
        rows.addListener((ListChangeListener<ConsoleLine>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    c.getRemoved().stream().filter(l -> l.stream() != ConsoleLine.Stream.ELIDED)
                            .forEach(l -> removed.add(l.text()));
                }
            }
        });
        rows.show(3, 6);
        assertEquals(List.of("line 1", "line 2"), removed);
    }
}
