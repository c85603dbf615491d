package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.Handle;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.QueueView;
import org.proclab.ui.ipc.QueuesModel.Item;
import org.proclab.ui.ipc.QueuesModel.Queue;
import org.proclab.ui.ipc.QueuesModel;
import org.proclab.ui.ipc.Wait;

/**
 * Draws a {@link QueueView}: per queue a panel with the items as chips in a tube, the next to be got at
 * the left where {@code get} takes it, {@code put} adding at the right; a bounded queue shows its free
 * slots too. A JoinableQueue shows how many items are not yet marked done. Below: who is blocked in get(),
 * in put() and in join(), the last get, and who holds the queue.
 */
public class QueueViewSkin extends IpcPanelsSkin<QueueView, QueuesModel.Snapshot, Queue> {
    /** Chips drawn per queue; the rest are counted. */
    static final int MAX_CHIPS = 10;
    /** Free slots of a bounded queue are drawn up to this maxsize. */
    static final int MAX_SLOTS = 10;

    public QueueViewSkin(QueueView control) {
        super(control, "queues", "queue.placeholder",
                QueuesModel.Snapshot::queues, Queue::id, QueuesModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Queue q, QueuesModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().add("queue");
        panel.setId("queue-" + IpcGlyphs.cssId(q.id()));
        panel.pseudoClassStateChanged(QueueView.EMPTY, q.items().isEmpty());
        panel.pseudoClassStateChanged(QueueView.FULL, q.full());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label size = IpcGlyphs.label(I18n.text(b, "queue.size", q.items().size()), "queue-size");
        HBox header = new HBox(8, IpcGlyphs.label(q.id(), "panel-title", "queue-title"));
        if (q.type() != null && b.containsKey("queue.type." + q.type())) {
            header.getChildren().add(IpcGlyphs.label(b.getString("queue.type." + q.type()), "queue-type"));
        }
        header.getChildren().addAll(IpcGlyphs.label(q.bounded() ? I18n.text(b, "queue.bounded", q.maxsize()) : I18n.text(b, "queue.unbounded"),
                        "queue-mode"), size, spacer,
                IpcGlyphs.label(I18n.text(b, "queue.counts", q.puts(), q.gets()), "queue-counts"));
        if (q.full()) {
            header.getChildren().add(header.getChildren().indexOf(size) + 1, IpcGlyphs.label(I18n.text(b, "queue.full"), "full-badge"));
        }
        header.getStyleClass().addAll("panel-header", "queue-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        panel.getChildren().addAll(header, tube(q, s, b));
        if (q.joinable()) {
            panel.getChildren().add(unfinished(q, b));
        }
        if (!q.getters().isEmpty() || !q.putters().isEmpty() || !q.joiners().isEmpty()) {
            HBox waits = new HBox(16);
            waits.getStyleClass().add("queue-waits");
            waits.setAlignment(Pos.CENTER_LEFT);
            if (!q.getters().isEmpty()) {
                waits.getChildren().add(waiters(q, q.getters(), "queue.getters", "getter", s, b));
            }
            if (!q.putters().isEmpty()) {
                waits.getChildren().add(waiters(q, q.putters(), "queue.putters", "putter", s, b));
            }
            if (!q.joiners().isEmpty()) {
                waits.getChildren().add(waiters(q, q.joiners(), "queue.joiners", "joiner", s, b));
            }
            panel.getChildren().add(waits);
        }
        if (q.lastTaken() != null) {
            panel.getChildren().add(IpcGlyphs.label(I18n.text(b, "queue.lastGet", s.process(q.lastTaken().by()).name(),
                    IpcGlyphs.shorten(q.lastTaken().item().text(), 40)), "last-get"));
        }
        panel.getChildren().add(holders(q, s, b));
        return panel;
    }

    /**
     * A JoinableQueue's count of items put and not yet marked done, which join() waits for: {@code :done} at 0,
     * when join() returns at once.
     */
    private static Node unfinished(Queue q, ResourceBundle b) {
        Label count = IpcGlyphs.label(Long.toString(q.unfinished()), "unfinished-count");
        Label words = IpcGlyphs.wrapping(I18n.text(b, "queue.unfinished", q.unfinished()), "unfinished-text");
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(8, count, words, IpcGlyphs.label(I18n.text(b, "queue.tasksDone", q.tasksDone()), "tasks-done"));
        row.getStyleClass().add("queue-unfinished");
        row.setId("unfinished-" + IpcGlyphs.cssId(q.id()));
        row.setAlignment(Pos.CENTER_LEFT);
        row.pseudoClassStateChanged(QueueView.DONE, q.unfinished() == 0);
        return row;
    }

    /** get ◀ [next] [..] [last put] [free slots] ◀ put */
    private static Node tube(Queue q, QueuesModel.Snapshot s, ResourceBundle b) {
        List<Node> chips = new ArrayList<>();
        int drawn = Math.min(MAX_CHIPS, q.items().size());
        for (int i = 0; i < drawn; i++) {
            chips.add(chip(q, q.items().get(i), s, b));
        }
        if (q.items().size() > drawn) {
            chips.add(IpcGlyphs.label(I18n.text(b, "pipe.more", q.items().size() - drawn), "more-chips"));
        }
        if (q.bounded() && q.maxsize() <= MAX_SLOTS) {
            for (int i = q.items().size(); i < q.maxsize(); i++) {
                Region slot = new Region();
                slot.getStyleClass().add("free-slot");
                chips.add(slot);
            }
        } else if (q.items().isEmpty()) {
            chips.add(IpcGlyphs.label(I18n.text(b, "queue.empty"), "queue-empty"));
        }
        HBox items = new HBox(5);
        items.getStyleClass().add("items");
        items.setAlignment(Pos.CENTER_LEFT);
        items.getChildren().setAll(chips);
        HBox.setHgrow(items, Priority.ALWAYS);

        HBox tube = new HBox(6, IpcGlyphs.label(I18n.text(b, "queue.get"), "end-label"), IpcGlyphs.arrowHead(false), items,
                IpcGlyphs.arrowHead(false), IpcGlyphs.label(I18n.text(b, "queue.put"), "end-label"));
        tube.getStyleClass().add("queue-tube");
        tube.setId("items-" + IpcGlyphs.cssId(q.id()));
        tube.setAlignment(Pos.CENTER_LEFT);
        return tube;
    }

    private static Node chip(Queue q, Item item, QueuesModel.Snapshot s, ResourceBundle b) {
        IpcProcess by = s.process(item.putBy());
        Label chip = IpcGlyphs.label(IpcGlyphs.shorten(item.text(), 24), "process-chip", "item-chip");
        chip.setId("item-" + IpcGlyphs.cssId(q.id()) + "-" + item.id());
        ProcessPalette.apply(chip, by.colorIndex());
        chip.setTooltip(new Tooltip(I18n.text(b, "queue.itemTip", Long.toString(item.id()), item.text(), by.name())));
        return chip;
    }

    private static Node waiters(Queue q, List<Wait> waits, String titleKey, String idPrefix, QueuesModel.Snapshot s,
                                ResourceBundle b) {
        HBox row = new HBox(6, IpcGlyphs.label(I18n.text(b, titleKey), "waits-title"));
        row.setAlignment(Pos.CENTER_LEFT);
        for (Wait w : waits) {
            row.getChildren().add(IpcGlyphs.waiter(s.process(w.pid()), q.isStuck(w.pid()),
                    idPrefix + "-" + IpcGlyphs.cssId(q.id()) + "-" + w.pid(), null));
        }
        return row;
    }

    private static Node holders(Queue q, QueuesModel.Snapshot s, ResourceBundle b) {
        FlowPane row = new FlowPane(6, 4);
        row.getStyleClass().add("holders");
        row.getChildren().add(IpcGlyphs.label(I18n.text(b, "queue.holders"), "holders-title"));
        for (Handle h : q.handles()) {
            Label tag = IpcGlyphs.processTag(s.process(h.pid()), "holder");
            tag.setId("holder-" + IpcGlyphs.cssId(q.id()) + "-" + h.pid());
            tag.pseudoClassStateChanged(QueueView.CLOSED, !h.open());
            tag.setTooltip(new Tooltip(I18n.text(b, h.open() ? "handle.how." + h.how() : "handle.closedBy." + h.closedWhy())));
            row.getChildren().add(tag);
        }
        return row;
    }
}
