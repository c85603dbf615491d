package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.lessons.manager.WithoutLock;
import org.proclab.programs.manager.ContainerSemantics;
import org.proclab.programs.manager.LockProxyHang;
import org.proclab.programs.manager.ProxyInAMessage;
import org.proclab.programs.manager.ProxyTrespass;
import org.proclab.programs.manager.ShutdownSemantics;
import org.proclab.testing.Await;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/** Manager and its proxies with Python's semantics (CPython's _TestContainers and the manager's types), real worker JVMs. */
@Tag("process")
class ManagerSemanticsTest {

    @Test
    void containers_listDictNamespaceValueLockQueue_seenByOtherProcesses() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, ContainerSemantics.class, List.of(
                new Cue("taker-waits", Cue.blocked("taker", "acquire()")),
                new Cue("getter-waits", Cue.blocked("getter", "get()"))));
        assertEquals(List.of(
                "list [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] a[3] 3 a[-1] 9 len 10",
                "pop 10 pop(0) -1 index(4) 4 count(4) 1 contains(11) false",
                "a[20]: IndexError list index out of range: 20 (the list has 10 items)",
                "remove(42): ValueError list.remove(x): x not in list",
                "dict {5=F, 6=G, 7=H} keys [5, 6, 7] values [F, G, H] len 3",
                "get(9) null getOrDefault(9, '?') ? setdefault(8, 'I') I pop(5) F 5 in d false",
                "pop(5) again: KeyError: 5",
                "namespace {name=Bob, job=Builder} name Bob",
                "after del job: AttributeError: the namespace has no attribute 'job'",
                "after child: a[-1] 100, d[1] from child, ns.child was here, value 41",
                "lock acquire true locked true acquire(0) false",
                "release unlocked: release unlocked lock",
                "inside with: locked true",
                "after with: locked false",
                "qsize 1 get null empty true",
                "get(0.2): Empty the queue stayed empty for 0.2 s",
                "manager pid is a child of main: true, dict {6=G, 7=H, 8=I, 1=from child}"),
                o.stdout(o.result().mainPid()));
        assertEquals(List.of("taker acquire true"), o.stdout(o.start("taker").pid()));
        assertEquals(List.of("getter got [1, 2, 3]"), o.stdout(o.start("getter").pid()));
        assertEquals(0, o.result().exitCode());

        // every call is a round trip: the caller's call, the manager process's serve, the caller's return
        long child = o.start("child").pid();
        long server = o.start("SyncManager-1").pid();
        Event call = o.of(EventKind.PROXY_CALL).stream().filter(e -> e.pid() == child && e.text().startsWith("append("))
                .findFirst().orElseThrow();
        assertEquals("list-1", call.obj());
        assertEquals("append(100)", call.text());
        Event serve = o.of(EventKind.PROXY_SERVE).stream().filter(e -> e.num() == call.num()).findFirst().orElseThrow();
        Event back = o.of(EventKind.PROXY_RETURN).stream().filter(e -> e.num() == call.num()).findFirst().orElseThrow();
        assertEquals(server, serve.pid(), "the manager process serves the call");
        assertEquals(child, back.pid(), "the caller gets the answer");
        assertTrue(call.seq() < serve.seq() && serve.seq() < back.seq(), "call, serve, return in this order");
        assertTrue(o.events().stream().anyMatch(e -> e.kind() == EventKind.BLOCK && e.pid() == child
                && "list-1".equals(e.obj()) && e.seq() > call.seq() && e.seq() < serve.seq()), "the caller waits in its call");
        assertEquals(0, o.exitCode("SyncManager-1"), "the manager process ends when the with block shuts it down");
    }

    @Test
    void shutdown_proxyAfterShutdownAndADeadManagerFailClearly_aManagerLeftRunningIsShutDownAtExit() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.FORK, ShutdownSemantics.class,
                List.of(new Cue("waiter-waits", Cue.blocked("waiter", "get()"))));
        assertEquals(List.of(
                "inside with: 1",
                "after with: manager-1 has been shut down: its shared objects are gone",
                "a child's call after shutdown: exit code 1",
                "main: the manager process of manager-2 has ended: its shared objects are gone",
                "main ends with a manager running"),
                o.stdout(o.result().mainPid()));
        assertEquals(List.of("waiter: the manager process of manager-2 has ended: its shared objects are gone"),
                o.stdout(o.start("waiter").pid()));
        assertEquals(0, o.result().exitCode());
        assertEquals(0, o.exitCode("SyncManager-3"), "shut down when main ended, not killed");
        assertTrue(o.of(EventKind.DEADLOCK).isEmpty());
        assertTrue(o.of(EventKind.PROXY_RETURN).stream().anyMatch(e -> e.text().startsWith("failed: the manager process of manager-2")));
    }

    @Test
    void proxiesNeverGiven_areRefused_andTheDictStaysAsItsOwnerLeftIt() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.SPAWN, ProxyTrespass.class);
        long thief = o.start("thief").pid();
        List<String> said = o.stdout(thief);
        assertEquals(3, said.size(), said.toString());
        for (String line : said) {
            assertTrue(line.matches("\\w+ " + Wire.REFUSED + " ProcLab refused .*"), line);
        }
        assertTrue(said.get(0).contains("holds no handle of dict-1"), said.get(0));
        assertTrue(said.get(1).contains("holds no handle of manager-1"), said.get(1));
        assertTrue(said.get(2).contains("only the process that created a manager"), said.get(2));
        assertEquals(3, o.of(EventKind.REFUSED).stream().filter(e -> e.pid() == thief).count());
        assertEquals(List.of("dict still holds: {secret=kept}"), o.stdout(o.result().mainPid()));
    }

    @Test
    void proxyReceivedInAMessage_isHeldFromThenOn_underSpawn() throws Exception {
        Runs.Outcome o = Runs.run(StartMethod.SPAWN, ProxyInAMessage.class);
        assertEquals(List.of("child exit 0, dict {from=child}"), o.stdout(o.result().mainPid()));
        long child = o.start("child").pid();
        assertTrue(o.of(EventKind.HANDLE).stream().anyMatch(e -> e.pid() == child && "dict-1".equals(e.obj())
                && "received".equals(e.text())), "the child holds dict-1 once it took the message");
        assertTrue(o.of(EventKind.REFUSED).isEmpty());
    }

    @Test
    void stepMode_bothChildrenReadTheCountBeforeEitherWrites_bothWriteOne() throws Exception {
        try (Session s = Session.open()) {
            Scheduler sched = s.scheduler();
            sched.addBreakpoint(p -> p.process().startsWith("child-") && p.what().contains("'count'"));
            s.launch(new ProgramSpec(WithoutLock.class.getName(), List.of(Runs.TEST_CLASSES), List.of(), StartMethod.FORK));
            Scheduler.Pending readA = await(sched, "child-a", "get('count') on dict-1");
            Scheduler.Pending readB = await(sched, "child-b", "get('count') on dict-1");
            assertTrue(readA.file().equals("WithoutLock.java") && readA.line() > 0, readA.toString());
            sched.step(readA.pid());
            sched.step(readB.pid());
            // both read 0 before either wrote: each writes 1, and one of the two updates is lost
            assertEquals("put('count', 1) on dict-1", await(sched, "child-a", "put(").what());
            assertEquals("put('count', 1) on dict-1", await(sched, "child-b", "put(").what());
            sched.clearBreakpoints();
            sched.releaseAll();
            s.await(Await.PATIENCE);
            String count = s.eventLog().snapshot().stream()
                    .filter(e -> e.kind() == EventKind.OUTPUT && e.pid() == s.mainPid() && e.text().startsWith("count"))
                    .map(Event::text).findFirst().orElseThrow();
            int n = Integer.parseInt(count.replaceAll("^count in the manager's dict: (\\d+) .*$", "$1"));
            assertTrue(n < 10, count);
        }
    }

    @Test
    void hang_aChildWaitingForAManagersLockHeldByItsJoiningParent_isADeadlockNamingTheManager() throws Exception {
        Runs.Outcome o = Runs.run(LockProxyHang.class);
        List<Event> found = o.of(EventKind.DEADLOCK);
        assertEquals(1, found.size(), o.events().toString());
        String why = found.get(0).text();
        assertTrue(why.contains("child (pid " + o.start("child").pid() + ") waits in acquire() on lock-proxy-1"), why);
        assertTrue(why.contains("the manager process that must answer it (SyncManager-1"), why);
    }

    private static Scheduler.Pending await(Scheduler sched, String process, String what) {
        Await.until(process + "'s " + what + " to wait its turn",
                () -> sched.pending().stream().anyMatch(p -> p.process().equals(process) && p.what().startsWith(what)));
        return sched.pending().stream().filter(p -> p.process().equals(process) && p.what().startsWith(what)).findFirst().orElseThrow();
    }
}
