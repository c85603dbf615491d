package org.proclab.ui.ipc;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.proclab.ui.i18n.I18n;

/**
 * The IPC views' texts, English (the base bundle); {@code IpcTexts_zh} holds the Chinese ones. Kept
 * beside the views so they can be merged into the app's messages files in one move later.
 */
public final class IpcTexts extends ListResourceBundle {
    private static final String BASE_NAME = IpcTexts.class.getName();

    /** The bundle for a locale: Chinese for any zh locale, English otherwise (never the system locale). */
    public static ResourceBundle bundle(Locale l) {
        Locale supported = l != null && "zh".equals(l.getLanguage()) ? I18n.CHINESE : I18n.ENGLISH;
        return ResourceBundle.getBundle(BASE_NAME, supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
    }

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"lane.pid", "pid {0}"},
            {"lane.ended", "ended"},
            {"lane.endedHow", "ended: {0}"},

            {"pipe.placeholder", "No pipe yet. Each Pipe.open() appears here: its two ends, every process's handle"
                    + " of each end, open or closed, and the messages in flight."},
            {"pipe.duplex", "duplex"},
            {"pipe.simplex", "one way (duplex=false)"},
            {"pipe.summary", "{0,choice,0#no handle|1#1 handle|1<{0} handles}, {1} open"},
            {"pipe.end0", "end 0 \u00b7 first()"},
            {"pipe.end1", "end 1 \u00b7 second()"},
            {"pipe.both", "sends and receives"},
            {"pipe.recvOnly", "receives only"},
            {"pipe.sendOnly", "sends only"},
            {"pipe.inFlight", "messages in flight"},
            {"pipe.toEnd", "to end {0}"},
            {"pipe.nothing", "empty"},
            {"pipe.more", "+{0} more"},
            {"pipe.messageTip", "message #{0}: {1}\nsent by {2} from {3}, not received yet"},

            {"handle.open", "open"},
            {"handle.closed", "closed"},
            {"handle.none", "no handle"},
            {"handle.how.create", "created here"},
            {"handle.how.fork", "copy (fork)"},
            {"handle.how.spawn", "copy (spawn)"},
            {"handle.how.received", "received"},
            {"handle.closedBy.close", "closed by close()"},
            {"handle.closedBy.exit", "closed: process ended"},
            {"handle.blocked", "{0} blocked"},
            {"handle.stuck", "{0} can never return"},
            {"handle.stuckEnded", "{0} never returned"},
            {"handle.eof", "EOF"},
            {"handle.eofTip", "recv() raised EOFError here: every write handle of the other end, in every process,"
                    + " was closed"},
            {"handle.culprit", "\u26a0 keeps the pipe open"},
            {"handle.culpritTip", "This write handle was still open when the deadlock was found: while it is open,"
                    + " the reader at the other end can never see end-of-file."},
            {"handle.tip", "{0}''s handle of {1}: {2}"},

            {"deadlock.title", "Deadlock: no process can go on"},

            {"queue.placeholder", "No queue yet. Each new Queue() appears here, with the items waiting in it and"
                    + " the processes blocked in get() or put()."},
            {"queue.unbounded", "unbounded"},
            {"queue.bounded", "maxsize {0}"},
            {"queue.size", "{0,choice,0#empty|1#1 item|1<{0} items}"},
            {"queue.full", "full"},
            {"queue.put", "put"},
            {"queue.get", "get"},
            {"queue.empty", "empty"},
            {"queue.getters", "blocked in get():"},
            {"queue.putters", "blocked in put():"},
            {"queue.lastGet", "last get: {0} took {1}"},
            {"queue.counts", "{0} put \u00b7 {1} got"},
            {"queue.itemTip", "item #{0}: {1}\nput by {2}"},
            {"queue.holders", "held by:"},

            {"lock.placeholder", "No lock yet. Each new Lock() (and each shared Value's own lock) appears here,"
                    + " with its holder and the processes waiting for it."},
            {"lock.free", "free"},
            {"lock.heldBy", "held by {0}"},
            {"lock.heldByDead", "held by {0}, which has ended"},
            {"lock.deadHint", "It stays locked until some process releases it."},
            {"lock.waiters", "waiting in acquire():"},
            {"lock.noWaiters", "nobody waiting"},
            {"lock.valueLock", "the own lock of {0} (getLock())"},
            {"lock.acquisitions", "acquired {0,choice,0#0 times|1#once|1<{0} times}"},

            {"value.placeholder", "No shared value yet. Each Value.ofInt(...) appears here, with its value and every"
                    + " read and write."},
            {"value.type.i", "int"},
            {"value.type.l", "long"},
            {"value.type.d", "double"},
            {"value.initial", "initial value {0}"},
            {"value.lastWriter", "last written by {0}"},
            {"value.neverWritten", "not written yet"},
            {"value.counts", "{0} reads \u00b7 {1} writes"},
            {"value.lost", "{0,choice,0#no lost update|1#1 lost update|1<{0} lost updates}"},
            {"value.history", "reads and writes, oldest first"},
            {"value.read", "read"},
            {"value.write", "wrote"},
            {"value.basedOn", "(had read {0})"},
            {"value.lostTag", "LOST: overwritten at #{0}"},
            {"value.staleTag", "stale read: overwrote {0}"},
            {"value.staleReadTag", "stale before use"},
            {"value.earlier", "{0} earlier accesses not shown"},
        };
    }
}
