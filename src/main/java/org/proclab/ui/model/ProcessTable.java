package org.proclab.ui.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * The run's processes as the START and EXIT events tell them: name, role, parent, colour (START order)
 * and whether they ended. Folded once per run, before every other fold, which read it instead of keeping
 * their own copy; so a name or a colour is the same in every view.
 *
 * <p>The host folds a batch into the table before it hands the batch to the other folds, so while they
 * fold that batch the table may already know a START or EXIT that comes later in it. They read it for
 * what never changes once a process started (name, colour, parent) and, when they publish, for who ended.
 */
public final class ProcessTable implements Fold<ProcessTable.State> {
    /**
     * One process.
     *
     * @param pid        its pid
     * @param name       its name (MainProcess, consumer, ...), "pid N" if its START had none
     * @param role       "main" or "child"
     * @param ppid       the pid of the parent that started it
     * @param colorIndex its place in START order: its colour in every view
     * @param startSeq   the seq of its START event
     * @param ended      an EXIT was seen
     * @param exitCode   its exit code, null while unknown
     * @param endedHow   how it ended ("returned", "terminated (SIGTERM)", ...), or null
     */
    public record Info(long pid, String name, String role, long ppid, int colorIndex, long startSeq, boolean ended,
                       Integer exitCode, String endedHow) {
        Info withExit(Integer code, String how) {
            return new Info(pid, name, role, ppid, colorIndex, startSeq, true, code, how);
        }
    }

    /** A saved table: its processes and how many STARTs it had folded. */
    public record State(Map<Long, Info> byPid, int starts) {}

    private final Map<Long, Info> byPid = new LinkedHashMap<>(); // START order
    private int starts;
    private long changes;

    @Override
    public void apply(List<Event> batch) {
        for (Event e : batch) {
            apply(e);
        }
    }

    /** Folds one event in; only START and EXIT change the table. */
    public void apply(Event e) {
        if (e.kind() == EventKind.START) {
            byPid.remove(e.pid()); // a pid used again: the new process is the one that started last
            byPid.put(e.pid(), new Info(e.pid(), e.text() == null ? "pid " + e.pid() : e.text(), e.obj(),
                    e.hasNum() ? e.num() : 0, starts++, e.seq(), false, null, null));
            changes++;
        } else if (e.kind() == EventKind.EXIT) {
            Info p = byPid.get(e.pid());
            if (p != null) {
                byPid.put(e.pid(), p.withExit(e.hasNum() ? (int) e.num() : null, e.text()));
                changes++;
            }
        }
    }

    @Override
    public void reset() {
        byPid.clear();
        starts = 0;
        changes++;
    }

    @Override
    public State snapshot() {
        return new State(Collections.unmodifiableMap(new LinkedHashMap<>(byPid)), starts);
    }

    @Override
    public void restore(State state) {
        byPid.clear();
        byPid.putAll(state.byPid());
        starts = state.starts();
        changes++;
    }

    /** The process with this pid, or null if the log has not started it. */
    public Info get(long pid) {
        return byPid.get(pid);
    }

    /** Its name, or "pid N" for a pid the log has not started. */
    public String nameOf(long pid) {
        Info p = byPid.get(pid);
        return p == null ? "pid " + pid : p.name();
    }

    /** Its colour index (START order), or -1 for a pid the log has not started. */
    public int colorOf(long pid) {
        Info p = byPid.get(pid);
        return p == null ? -1 : p.colorIndex();
    }

    /** Every process, in START order. */
    public Collection<Info> all() {
        return Collections.unmodifiableCollection(byPid.values());
    }

    /** Grows whenever a process starts or ends. */
    public long changeCount() {
        return changes;
    }
}
