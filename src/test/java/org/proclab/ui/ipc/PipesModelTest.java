package org.proclab.ui.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.ui.ipc.PipesModel.End;
import org.proclab.ui.ipc.PipesModel.Pipe;

@Tag("unit")
class PipesModelTest {

    private static IpcEvents mainAndConsumer() {
        return IpcEvents.log().main(100).pipe(100, "pipe-1", true)
                .child(101, "consumer", 100).handle(101, "pipe-1:0", "fork").handle(101, "pipe-1:1", "fork");
    }

    // ---- hand-made logs ---------------------------------------------------------------------------

    @Test
    void pipeNew_twoEndsWithTheCreatorsOpenHandles_duplex() {
        Pipe p = IpcEvents.log().main(100).pipe(100, "pipe-1", true).pipes().pipe("pipe-1");
        assertTrue(p.duplex());
        assertEquals("pipe-1:0", p.first().id());
        assertEquals("pipe-1:1", p.second().id());
        for (End e : List.of(p.first(), p.second())) {
            assertTrue(e.canSend() && e.canRecv());
            assertEquals(1, e.handles().size());
            Handle h = e.handleOf(100);
            assertTrue(h.open());
            assertEquals("create", h.how());
        }
        assertEquals(List.of(100L), p.lanes());
    }

    @Test
    void fork_childHoldsCopiesOfBothEnds_fourHandles() {
        Pipe p = mainAndConsumer().pipes().pipe("pipe-1");
        assertEquals(2, p.first().handles().size());
        assertEquals(2, p.second().handles().size());
        assertEquals("fork", p.first().handleOf(101).how());
        assertEquals(List.of(100L, 101L), p.lanes());
    }

    @Test
    void close_keepsTheClosedHandle_withWhy() {
        PipesModel.Snapshot s = mainAndConsumer().close(100, "pipe-1:0", "close").exit(101, "returned")
                .close(101, "pipe-1:0", "exit").close(101, "pipe-1:1", "exit").pipes();
        End first = s.pipe("pipe-1").first();
        Handle byClose = first.handleOf(100);
        assertFalse(byClose.open());
        assertEquals("close", byClose.closedWhy());
        assertFalse(byClose.closedByExit());
        Handle byExit = first.handleOf(101);
        assertFalse(byExit.open());
        assertTrue(byExit.closedByExit());
        assertEquals(0, first.openHandles());
        assertTrue(s.process(101).ended());
        assertEquals("returned", s.process(101).endedHow());
    }

    @Test
    void send_isInFlightTowardsTheOtherEnd_untilReceivedThere() {
        IpcEvents log = mainAndConsumer().send(100, "pipe-1:1", "1", 1).send(100, "pipe-1:1", "2", 2);
        Pipe p = log.pipes().pipe("pipe-1");
        assertEquals(List.of("1", "2"), p.first().inFlight().stream().map(PipesModel.Message::text).toList());
        assertEquals(1, p.first().inFlight().get(0).fromEnd());
        assertEquals(0, p.first().inFlight().get(0).toEnd());
        assertTrue(p.second().inFlight().isEmpty(), "nothing travels towards end 1");

        Pipe after = log.recv(101, "pipe-1:0", "1", 1).pipes().pipe("pipe-1");
        assertEquals(List.of(2L), after.first().inFlight().stream().map(PipesModel.Message::id).toList());
    }

    @Test
    void duplex_messagesTravelBothWays_separately() {
        Pipe p = mainAndConsumer().send(100, "pipe-1:1", "ping", 1).send(101, "pipe-1:0", "pong", 2).pipes().pipe("pipe-1");
        assertEquals("ping", p.first().inFlight().get(0).text());
        assertEquals("pong", p.second().inFlight().get(0).text());
    }

    @Test
    void block_isABlockedReader_untilRecv() {
        IpcEvents log = mainAndConsumer().block(101, "pipe-1:0", "recv()");
        End first = log.pipes().pipe("pipe-1").first();
        assertEquals("recv()", first.blockedCall(101).call());
        assertNull(first.blockedCall(100));
        log.send(100, "pipe-1:1", "1", 1).recv(101, "pipe-1:0", "1", 1);
        assertTrue(log.pipes().pipe("pipe-1").first().blocked().isEmpty());
    }

    @Test
    void block_endsAtEof_timeout_orExit() {
        assertTrue(mainAndConsumer().block(101, "pipe-1:0", "recv()").eof(101, "pipe-1:0")
                .pipes().pipe("pipe-1").first().blocked().isEmpty());
        assertTrue(mainAndConsumer().block(101, "pipe-1:0", "poll()").timeout(101, "pipe-1:0", "poll()")
                .pipes().pipe("pipe-1").first().blocked().isEmpty());
        assertTrue(mainAndConsumer().block(101, "pipe-1:0", "recv()").exit(101, "terminated (SIGTERM)")
                .pipes().pipe("pipe-1").first().blocked().isEmpty());
    }

    @Test
    void poll_thatFindsAMessage_endsAtTheNextOperationOnThePipe() {
        // a poll() answered by a message returns without an event of its own
        IpcEvents log = mainAndConsumer().block(101, "pipe-1:0", "poll()").send(100, "pipe-1:1", "x", 1);
        assertNotNull(log.pipes().pipe("pipe-1").first().blockedCall(101));
        log.recv(101, "pipe-1:0", "x", 1);
        assertNull(log.pipes().pipe("pipe-1").first().blockedCall(101));
    }

    @Test
    void eof_isRememberedAtTheReadersEnd() {
        End first = mainAndConsumer().close(101, "pipe-1:1", "close").close(100, "pipe-1:1", "close")
                .eof(101, "pipe-1:0").pipes().pipe("pipe-1").first();
        assertTrue(first.sawEof(101));
        assertFalse(first.sawEof(100));
    }

    @Test
    void simplex_end0ReceivesOnly_end1SendsOnly() {
        Pipe p = IpcEvents.log().main(100).pipe(100, "pipe-1", false).pipes().pipe("pipe-1");
        assertFalse(p.duplex());
        assertTrue(p.first().canRecv());
        assertFalse(p.first().canSend());
        assertTrue(p.second().canSend());
        assertFalse(p.second().canRecv());
    }

    @Test
    void deadlock_marksTheOpenWriteHandlesOfTheOtherEnd_asCulprits() {
        PipesModel.Snapshot s = mainAndConsumer().close(100, "pipe-1:0", "close").close(100, "pipe-1:1", "close")
                .block(101, "pipe-1:0", "recv()").block(100, "101", "join()")
                .deadlock("100,101", "no process can go on").pipes();
        Pipe p = s.pipe("pipe-1");
        assertTrue(p.second().handleOf(101).culprit(), "the consumer's own write handle keeps the pipe open");
        assertFalse(p.second().handleOf(100).culprit(), "closed before: not a culprit");
        assertFalse(p.first().handleOf(101).culprit(), "the read end is not a write handle of the other end");
        assertTrue(p.first().isStuck(101));
        assertEquals(List.of(100L, 101L), s.deadlock().pids());
    }

    @Test
    void unknownObjects_areIgnored() {
        PipesModel m = PipesModel.foldOf(IpcEvents.log().main(100).block(100, "101", "join()")
                .handle(100, "queue-1", "create").send(100, "pipe-9:1", "x", 1).list(), 4);
        assertTrue(m.snapshot().pipes().isEmpty());
    }

    @Test
    void snapshot_ofAnUnchangedPipe_isTheSameObject() {
        IpcEvents log = IpcEvents.log().main(100).pipe(100, "pipe-1", true).pipe(100, "pipe-2", true);
        PipesModel m = PipesModel.foldOf(log.list(), log.size());
        PipesModel.Snapshot before = m.snapshot();
        assertSame(before, m.snapshot(), "nothing changed: the same snapshot");
        m.apply(new Event(99, 0, 100, EventKind.SEND, "pipe-2:0", "x", 1, null, 0));
        PipesModel.Snapshot after = m.snapshot();
        assertSame(before.pipe("pipe-1"), after.pipe("pipe-1"));
        assertNotSame(before.pipe("pipe-2"), after.pipe("pipe-2"));
    }

    // ---- recorded runs ----------------------------------------------------------------------------

    @Test
    void lessonTrace_fourHandlesAllClosedAtTheEnd_andEofSeen() {
        List<Event> events = Traces.load(Traces.PIPE);
        long main = Traces.pidOf(events, "MainProcess");
        long consumer = Traces.pidOf(events, "consumer");
        Pipe p = PipesModel.foldOf(events, events.size()).snapshot().pipe("pipe-1");
        assertEquals(4, p.first().handles().size() + p.second().handles().size());
        assertEquals(0, p.first().openHandles() + p.second().openHandles());
        assertTrue(p.first().sawEof(consumer));
        assertTrue(p.first().inFlight().isEmpty());
        // who closed which, and why
        assertEquals("close", p.first().handleOf(main).closedWhy());
        assertEquals("close", p.second().handleOf(main).closedWhy());
        assertEquals("close", p.second().handleOf(consumer).closedWhy());
        assertEquals("exit", p.first().handleOf(consumer).closedWhy());
    }

    @Test
    void lessonTrace_afterTheSends_fourMessagesInFlightTowardsEnd0() {
        List<Event> events = Traces.load(Traces.PIPE);
        int n = Traces.through(events, e -> e.kind() == EventKind.SEND && e.num() == 4);
        Pipe p = PipesModel.foldOf(events, n).snapshot().pipe("pipe-1");
        assertEquals(List.of("1", "2", "3", "4"), p.first().inFlight().stream().map(PipesModel.Message::text).toList());
        assertEquals(3, p.first().openHandles() + p.second().openHandles(), "main closed its read end");
    }

    @Test
    void steppedTrace_readerBlockedWhileMainStillHoldsTheWriteEnd() {
        List<Event> events = Traces.load(Traces.PIPE_STEPPED);
        long consumer = Traces.pidOf(events, "consumer");
        long main = Traces.pidOf(events, "MainProcess");
        Pipe p = PipesModel.foldOf(events, Traces.through(events, Traces.kind(EventKind.BLOCK))).snapshot().pipe("pipe-1");
        assertEquals("recv()", p.first().blockedCall(consumer).call());
        assertTrue(p.second().handleOf(main).open());
        assertFalse(p.second().handleOf(consumer).open());

        Pipe later = PipesModel.foldOf(events, Traces.through(events, e -> e.kind() == EventKind.SEND && e.num() == 3))
                .snapshot().pipe("pipe-1");
        assertNull(later.first().blockedCall(consumer));
        assertEquals(List.of("2", "3"), later.first().inFlight().stream().map(PipesModel.Message::text).toList());
    }

    @Test
    void forgotCloseTrace_atTheDeadlock_consumersOwnWriteHandleOpen_andItsRecvBlocked() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        long consumer = Traces.pidOf(events, "consumer");
        long main = Traces.pidOf(events, "MainProcess");
        PipesModel.Snapshot s = PipesModel.foldOf(events, Traces.through(events, Traces.kind(EventKind.DEADLOCK))).snapshot();
        Pipe p = s.pipe("pipe-1");
        Handle own = p.second().handleOf(consumer);
        assertTrue(own.open(), "the consumer never closed its copy of the write end");
        assertTrue(own.culprit());
        assertFalse(p.second().handleOf(main).open());
        assertEquals("recv()", p.first().blockedCall(consumer).call());
        assertTrue(p.first().isStuck(consumer));
        assertFalse(p.first().sawEof(consumer));
        assertTrue(s.deadlock().involves(consumer));
        assertTrue(s.deadlock().explanation().contains("never closed its own copy"));
    }

    @Test
    void forgotCloseTrace_afterTheKill_culpritRemembered_handlesClosedByExit() {
        List<Event> events = Traces.load(Traces.PIPE_FORGOT_CLOSE);
        long consumer = Traces.pidOf(events, "consumer");
        Pipe p = PipesModel.foldOf(events, events.size()).snapshot().pipe("pipe-1");
        Handle own = p.second().handleOf(consumer);
        assertFalse(own.open());
        assertTrue(own.closedByExit());
        assertTrue(own.culprit(), "still marked as what kept the pipe open");
        assertNull(p.first().blockedCall(consumer), "its recv ended with the process");
        assertTrue(p.first().isStuck(consumer));
    }
}
