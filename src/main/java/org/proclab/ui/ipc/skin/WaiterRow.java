package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.Wait;

/**
 * The processes waiting in an object, after a title, each as {@link IpcGlyphs#waiter}, updated in place: a process that
 * still waits keeps its node, one that came gets a new one, one that left is taken out. Drawn anew at every
 * change, a barrier that 100 children reach one by one made about 5,000 nodes, each styled from scratch, while
 * they started (a fifth of the FX thread's samples then were finding the styles of new nodes).
 */
final class WaiterRow {
    private static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");

    private final Pane row;
    private final Label title;
    private final Label none;
    private final String idStem;
    private final Map<String, Drawn> drawn = new HashMap<>(); // by pid and how many times it waits before (threads)

    private record Drawn(HBox node, IpcProcess process) {}

    /** {@code none}: what the row says when nobody waits, or null to say nothing. */
    WaiterRow(Pane row, String title, String none, String idStem) {
        this.row = row;
        this.title = IpcGlyphs.label(title, "waits-title");
        this.none = none == null ? null : IpcGlyphs.label(none, "no-waiters");
        this.idStem = idStem;
    }

    Pane node() {
        return row;
    }

    /** Shows {@code waits}, oldest first. */
    WaiterRow show(List<Wait> waits, LongFunction<IpcProcess> process, LongPredicate stuck) {
        List<Node> wanted = new ArrayList<>(waits.size() + 1);
        wanted.add(title);
        if (waits.isEmpty() && none != null) {
            wanted.add(none);
        }
        Map<String, Drawn> now = new HashMap<>();
        Map<Long, Integer> times = new HashMap<>();
        for (Wait w : waits) {
            IpcProcess p = process.apply(w.pid());
            String key = w.pid() + "#" + times.merge(w.pid(), 1, Integer::sum);
            Drawn d = drawn.get(key);
            if (d == null || !d.process().equals(p)) { // a name or colour changed (rare): drawn anew
                d = new Drawn(IpcGlyphs.waiter(p, false, idStem + "-" + w.pid(), null), p);
            }
            d.node().pseudoClassStateChanged(STUCK, stuck.test(w.pid()));
            now.put(key, d);
            wanted.add(d.node());
        }
        drawn.clear();
        drawn.putAll(now);
        Children.sync(row.getChildren(), wanted);
        return this;
    }
}
