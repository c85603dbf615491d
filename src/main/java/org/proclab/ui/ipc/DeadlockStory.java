package org.proclab.ui.ipc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.proclab.trace.Event;
import org.proclab.ui.i18n.I18n;

/**
 * Why no process can go on, as the folds saw it at the DEADLOCK event: for each stuck process (the DEADLOCK
 * event names them) the call it waits in, on what and at which line (its BLOCK event), and what keeps that
 * call from returning (the IPC folds know who holds which pipe end, queue and lock). {@link #text} says it
 * in the bundle's language, so the UI never has to translate the kernel's English.
 *
 * @param seq   the DEADLOCK event
 * @param stuck the stuck processes, the root causes first (a join only waits for a process that waits)
 */
public record DeadlockStory(long seq, List<Stuck> stuck) {
    public DeadlockStory {
        stuck = List.copyOf(stuck);
    }

    /** A process, as the story names it. */
    public record Who(long pid, String name) {}

    /**
     * One stuck process.
     *
     * @param who      the process
     * @param call     the call it waits in: recv(), get(), put(), acquire(), join(), ...
     * @param object   what it waits on: a pipe end, a queue, a lock; for join(), the child
     * @param location "File.java:21", or null
     * @param why      what keeps the call from returning
     */
    public record Stuck(Who who, String call, String object, String location, Why why) {}

    /** What keeps a call from returning. */
    public sealed interface Why permits PipeKeptOpen, LockHeld, ChildWaits, HoldersWait {}

    /**
     * A reader waits for end-of-file, but write handles of the other end are still open.
     *
     * @param writeEnd the other end ("pipe-1:1")
     * @param holders  the running processes holding an open handle of it
     * @param ownCopy  the reader is one of them: it keeps its own pipe open
     */
    public record PipeKeptOpen(String writeEnd, List<Who> holders, boolean ownCopy) implements Why {}

    /** The lock is held by a process that waits too, or has ended. */
    public record LockHeld(Who holder, boolean holderEnded) implements Why {}

    /** join() waits for a child that waits too. */
    public record ChildWaits(Who child) implements Why {}

    /** Every running process that holds the object (none, possibly) waits too. */
    public record HoldersWait(List<Who> holders) implements Why {}

    /** The story at a DEADLOCK event; {@code blocks} is each process's latest BLOCK event so far. */
    static DeadlockStory of(Deadlock d, Map<Long, Event> blocks, PipesModel.Snapshot pipes,
                            LocksModel.Snapshot locks, QueuesModel.Snapshot queues) {
        List<Stuck> out = new ArrayList<>();
        for (long pid : d.pids()) {
            Event block = blocks.get(pid);
            Who who = who(pid, pipes);
            if (block == null) {
                out.add(new Stuck(who, "?", "?", null, new HoldersWait(List.of())));
                continue;
            }
            String obj = block.obj() == null ? "?" : block.obj();
            String call = block.text() == null ? "?" : block.text();
            String at = block.file() == null ? null : block.file() + ":" + block.line();
            out.add(new Stuck(who, call, obj, at, why(pid, call, obj, pipes, locks, queues)));
        }
        out.sort(Comparator.comparing(s -> s.why() instanceof ChildWaits)); // root causes first, as the kernel says it
        return new DeadlockStory(d.seq(), out);
    }

    private static Why why(long pid, String call, String obj, PipesModel.Snapshot pipes, LocksModel.Snapshot locks,
                           QueuesModel.Snapshot queues) {
        if ("join()".equals(call) && obj.chars().allMatch(Character::isDigit) && !obj.isEmpty()) {
            return new ChildWaits(who(Long.parseLong(obj), pipes));
        }
        int colon = obj.lastIndexOf(':');
        PipesModel.Pipe pipe = colon < 0 ? null : pipes.pipe(obj.substring(0, colon));
        if (pipe != null) {
            PipesModel.End writeEnd = pipe.end(obj.endsWith(":1") ? 0 : 1);
            List<Who> holders = openHolders(writeEnd.handles(), pipes.processes());
            return new PipeKeptOpen(writeEnd.id(), holders, holders.stream().anyMatch(w -> w.pid() == pid));
        }
        LocksModel.Lock lock = locks.lock(obj);
        if (lock != null && lock.held()) {
            return new LockHeld(who(lock.holder(), pipes), lock.holderDead() || ended(lock.holder(), pipes.processes()));
        }
        QueuesModel.Queue queue = queues.queue(obj);
        return new HoldersWait(queue == null ? List.of() : openHolders(queue.handles(), pipes.processes()));
    }

    private static List<Who> openHolders(List<Handle> handles, Map<Long, IpcProcess> processes) {
        List<Who> out = new ArrayList<>();
        for (Handle h : handles) {
            if (h.open() && !ended(h.pid(), processes)) {
                IpcProcess p = processes.get(h.pid());
                out.add(new Who(h.pid(), p == null ? "pid " + h.pid() : p.name()));
            }
        }
        return out;
    }

    private static boolean ended(long pid, Map<Long, IpcProcess> processes) {
        IpcProcess p = processes.get(pid);
        return p != null && p.ended();
    }

    private static Who who(long pid, PipesModel.Snapshot s) {
        return new Who(pid, s.process(pid).name());
    }

    // ---- in words -------------------------------------------------------------------------------

    /** The explanation, one sentence or two per stuck process, in the bundle's language. */
    public String text(ResourceBundle b) {
        StringBuilder s = new StringBuilder();
        String gap = I18n.text(b, "deadlock.sentenceGap");
        for (Stuck st : stuck) {
            if (!s.isEmpty()) {
                s.append(gap);
            }
            s.append(sentence(st, b));
        }
        return s.toString();
    }

    /** With the finding first ("No process can go on."), for a line that has no title above it. */
    public String textWithLead(ResourceBundle b) {
        return I18n.text(b, "deadlock.lead") + I18n.text(b, "deadlock.sentenceGap") + text(b);
    }

    private static String sentence(Stuck st, ResourceBundle b) {
        String who = name(st.who(), b);
        Why why = st.why();
        if (why instanceof ChildWaits c) {
            return waits(b, "deadlock.join", who, st.call(), name(c.child(), b), st.location())
                    + I18n.text(b, "deadlock.join.why", name(c.child(), b));
        }
        String waits = waits(b, "deadlock.waits", who, st.call(), st.object(), st.location());
        if (why instanceof PipeKeptOpen p) {
            String out = waits + I18n.text(b, "deadlock.pipe.why", p.writeEnd(), names(p.holders(), st.who().pid(), b));
            return p.ownCopy() ? out + I18n.text(b, "deadlock.sentenceGap")
                    + I18n.text(b, "deadlock.pipe.ownCopy", st.who().name(), p.writeEnd()) : out;
        }
        if (why instanceof LockHeld l) {
            return waits + I18n.text(b, l.holderEnded() ? "deadlock.lock.whyEnded" : "deadlock.lock.why",
                    st.object(), name(l.holder(), b));
        }
        HoldersWait h = (HoldersWait) why;
        return waits + (h.holders().isEmpty() ? I18n.text(b, "deadlock.other.whyNobody")
                : I18n.text(b, "deadlock.other.why", st.object(), names(h.holders(), st.who().pid(), b)));
    }

    /** "consumer (pid 9) waits in recv() on pipe-1:0 (F.java:21)", or without the line when it is unknown. */
    private static String waits(ResourceBundle b, String key, String who, String call, String object, String location) {
        return location == null
                ? I18n.text(b, key + ".noLine", who, call, object)
                : I18n.text(b, key, who, call, object, location);
    }

    private static String name(Who w, ResourceBundle b) {
        return I18n.text(b, "deadlock.who", w.name(), Long.toString(w.pid()));
    }

    private static String names(List<Who> who, long self, ResourceBundle b) {
        if (who.isEmpty()) {
            return I18n.text(b, "deadlock.nobody");
        }
        List<String> out = new ArrayList<>();
        for (Who w : who) {
            out.add(w.pid() == self ? I18n.text(b, "deadlock.itself", name(w, b)) : name(w, b));
        }
        return String.join(I18n.text(b, "deadlock.listGap"), out);
    }
}
