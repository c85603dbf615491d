package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.junit.jupiter.api.Test;
import org.proclab.programs.liveness.ConcurrentCallers;

/** Threads of one process waiting for the kernel at once: each gets its own answers, and an interrupt harms no other. */
@Tag("process")
class ConcurrentCallersTest {

    @Test
    void call_eachThreadGetsItsOwnAnswersInOrder_andAnInterruptedRecvEndsInTheKernelToo() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, ConcurrentCallers.class,
                List.of(new Cue("main-waits", Cue.blocked("MainProcess", "recv()"))));
        long main = o.result().mainPid();
        assertEquals(List.of("answers out of place: 0", "[the long wait ends]", "recv interrupted: 1", "after the interrupt", "still connected"),
                o.stdout(main),
                "exit " + o.result().exitCode() + ", stderr " + o.lines(main, "stderr") + ", jvm " + o.lines(main, "jvm")
                        + ", stopped by " + o.result().stoppedBy() + ", deadlock " + o.of(EventKind.DEADLOCK)
                        + ", last events " + o.events().subList(Math.max(0, o.events().size() - 30), o.events().size()));
        assertEquals(0, o.result().exitCode());
        // the log says how the wait ended, and the views end it
        List<String> woken = o.of(EventKind.WAKE).stream().filter(e -> e.pid() == main).map(Event::text).toList();
        assertEquals(List.of("recv() interrupted"), woken);
    }
}
