package org.proclab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;

@Tag("unit")
class ConsoleModelTest {

    private static ConsoleModel fold(List<Event> events) {
        ConsoleModel m = new ConsoleModel();
        events.forEach(m::apply);
        return m;
    }

    @Test
    void output_isAttributedToItsProcess_withNameAndColour() {
        ConsoleModel m = fold(Events.log().main(100).child(101, "Process-1", 100).out(101, "hello bob").list());
        ConsoleLine line = m.lines().get(0);
        assertEquals(101, line.pid());
        assertEquals("Process-1", line.name());
        assertEquals(1, line.colorIndex());
        assertEquals(ConsoleLine.Stream.STDOUT, line.stream());
        assertEquals("hello bob", line.text());
    }

    @Test
    void lines_keepLogOrder_acrossProcesses() {
        ConsoleModel m = fold(Events.log().main(100).child(101, "P", 100)
                .out(100, "a").out(101, "b").out(100, "c").list());
        assertEquals(List.of("a", "b", "c"), m.lines().stream().map(ConsoleLine::text).toList());
    }

    @Test
    void linesOf_holdsOnlyThatProcess() {
        ConsoleModel m = fold(Events.log().main(100).child(101, "P", 100)
                .out(100, "a").out(101, "b").out(100, "c").list());
        assertEquals(List.of("a", "c"), m.linesOf(100).stream().map(ConsoleLine::text).toList());
        assertEquals(List.of("b"), m.linesOf(101).stream().map(ConsoleLine::text).toList());
        assertEquals(List.of(), m.linesOf(555));
    }

    @Test
    void streams_areTold_apart() {
        ConsoleModel m = fold(Events.log().main(100).out(100, "o").err(100, "e").jvm(100, "j").list());
        assertEquals(List.of(ConsoleLine.Stream.STDOUT, ConsoleLine.Stream.STDERR, ConsoleLine.Stream.JVM),
                m.lines().stream().map(ConsoleLine::stream).toList());
    }

    @Test
    void exit_addsEndedLine_withCodeOrUnknown() {
        ConsoleModel m = fold(Events.log().main(100).child(101, "P", 100)
                .exit(101, -15, "terminated (SIGTERM)").exitUnknown(100).list());
        ConsoleLine ended = m.lines().get(0);
        assertEquals(ConsoleLine.Stream.EXIT, ended.stream());
        assertEquals(-15, ended.exitCode());
        assertEquals("terminated (SIGTERM)", ended.text());
        assertNull(m.lines().get(1).exitCode());
    }

    @Test
    void kernelNote_isKernelLine_evenWithoutProcess() {
        ConsoleModel m = fold(Events.log().note(0, "could not read").list());
        ConsoleLine l = m.lines().get(0);
        assertEquals(ConsoleLine.Stream.KERNEL, l.stream());
        assertEquals(0, l.pid());
        assertEquals(-1, l.colorIndex());
    }

    @Test
    void apply_returnsNull_forEventsWithoutLine() {
        ConsoleModel m = new ConsoleModel();
        assertNull(m.apply(Events.log().main(100).list().get(0)));
        assertEquals(0, m.lines().size());
    }
}
