package org.proclab.ui.pool;

import java.util.ResourceBundle;
import org.proclab.ui.i18n.I18n;

/** A pool task in words: what it is (its call, "work(3)") and how it ended, in the bundle's language. */
public final class TaskTexts {
    private TaskTexts() {}

    /**
     * The task as the program wrote it: "work(3)". The kernel's task number (counted from 1) is left out:
     * beside arguments counted from 0 it reads as another input ("#4 work(3)").
     */
    public static String label(PoolTask t) {
        return t.call() == null ? t.id() : t.call();
    }

    /** Its result, or why it has none: the exception, its worker's end, or why it never ran. */
    public static String outcome(PoolTask t, PoolSnapshot p, ResourceBundle b) {
        if (t.why() == null || t.why() == PoolTask.Why.RAISED) {
            return t.result() == null ? "\u2014" : t.result();
        }
        return switch (t.why()) {
            case WORKER_ENDED -> {
                PoolLane worker = p.lane(t.workerPid());
                String name = worker == null ? "pid " + t.workerPid() : worker.name();
                yield t.result() == null
                        ? I18n.text(b, "pool.why.worker-ended.noCode", name, Long.toString(t.workerPid()))
                        : I18n.text(b, "pool.why.worker-ended", name, Long.toString(t.workerPid()), t.result());
            }
            case OWNER_ENDED -> I18n.text(b, "pool.why.owner-ended", p.ownerName());
            default -> I18n.text(b, "pool.why.terminated");
        };
    }
}
