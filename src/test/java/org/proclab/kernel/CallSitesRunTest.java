package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.playground.Compilation;
import org.proclab.playground.ProgramCompiler;
import org.proclab.playground.RunDirectory;
import org.proclab.programs.ipc.MarkedCalls;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * In real worker JVMs, a program whose calls the build marked: its operations point at the lines a walk
 * of the stack gives, without walking, in the main process and in a child; a call through the JDK, and one after a
 * call that threw, still get their own line.
 */
@Tag("process")
class CallSitesRunTest {

    @Test
    void markedCalls_pointAtTheirLines_withoutLookingThemUp() throws Exception {
        Runs.Outcome o = Runs.run(MarkedCalls.class);
        assertEquals(0, o.result().exitCode(), o.events().toString());
        long main = o.result().mainPid();
        long child = o.start("child").pid();
        int putLine = (int) o.printed(main, "put-line");
        int forEachLine = (int) o.printed(main, "foreach-line");
        int getLine = (int) o.printed(child, "get-line");
        assertTrue(o.stdout(main).contains("refused"), o.stdout(main).toString());

        List<Event> puts = o.of(EventKind.PUT).stream().filter(e -> e.pid() == main).toList();
        assertEquals(302, puts.size(), "the refused put is not recorded");
        for (Event e : puts) {
            boolean throughForEach = e.text().contains("seven") || e.text().contains("eight");
            assertEquals(throughForEach ? forEachLine : putLine, e.line(), e.toString());
            assertEquals("MarkedCalls.java", e.file());
        }
        List<Event> gets = o.of(EventKind.GET).stream().filter(e -> e.pid() == child).toList();
        assertEquals(302, gets.size());
        gets.forEach(e -> assertEquals(getLine, e.line(), e.toString()));

        // without marks, each of the 302 puts and 302 gets would have looked its line up
        assertTrue(o.printed(main, "lookups") < 60, "main looked up " + o.printed(main, "lookups"));
        assertTrue(o.printed(child, "lookups") < 60, "child looked up " + o.printed(child, "lookups"));
    }

    @Test
    void aPlaygroundProgram_isMarkedAsItIsWritten_itsOperationsPointAtTheirLine() throws Exception {
        String source = """
                import org.proclab.mp.Queue;
                import org.proclab.worker.Caller;

                public class Marked {
                    public static void main(String[] args) {
                        Queue<Integer> q = new Queue<>();
                        for (int i = 0; i < 200; i++) {
                            q.put(i);
                        }
                        System.out.println("lookups " + Caller.lookups());
                    }
                }
                """;
        Compilation program = new ProgramCompiler().compile("Marked.java", source);
        assertTrue(program.compiled(), program.problems().toString());
        Runs.Outcome o;
        try (RunDirectory dir = RunDirectory.of(program); Session s = Session.open(StartMethod.FORK)) {
            s.stopWhenDeadlocked();
            s.launch(new ProgramSpec(program.mainClass(), List.of(dir.path()), List.of(), StartMethod.FORK));
            o = new Runs.Outcome(s.await(Await.PATIENCE), s.eventLog().snapshot());
        }
        assertEquals(0, o.result().exitCode(), o.events().toString());
        long main = o.result().mainPid();
        List<Event> puts = o.of(EventKind.PUT).stream().filter(e -> e.pid() == main).toList();
        assertEquals(200, puts.size());
        puts.forEach(e -> assertEquals(8, e.line(), e.toString()));
        puts.forEach(e -> assertEquals("Marked.java", e.file(), e.toString()));
        assertTrue(o.printed(main, "lookups") < 20, "main looked up " + o.printed(main, "lookups"));
    }
}
