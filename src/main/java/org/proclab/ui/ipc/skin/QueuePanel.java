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
import org.proclab.ui.ipc.QueuesModel;
import org.proclab.ui.ipc.QueuesModel.Item;
import org.proclab.ui.ipc.QueuesModel.Queue;
import org.proclab.ui.ipc.Wait;

/**
 * One queue's panel in the {@link QueueViewSkin}, built once and updated in place with each new record of
 * its queue: the header's counts, the items as chips in a tube (a chip per item while it is drawn, at most
 * {@link QueueViewSkin#MAX_CHIPS}, then a count), a JoinableQueue's unfinished count, who waits (a waiter keeps
 * its node while it waits); who holds it is drawn anew only when that changed.
 */
final class QueuePanel extends InPlacePanel<Queue, QueuesModel.Snapshot> {
    private final String queueId;
    private final ResourceBundle b;
    private final VBox node;
    private final PanelHeader header;
    private final Label type = IpcGlyphs.label("", "queue-type");
    private final Label mode = IpcGlyphs.label("", "queue-mode");
    private final Label size = IpcGlyphs.label("", "queue-size");
    private final Label fullBadge;
    private final Label counts = IpcGlyphs.label("", "queue-counts");
    private final HBox items = new HBox(5);
    private final HBox tube;
    private final ChipRow<Item> chips = new ChipRow<>(QueuePanel::blankChip, this::show);
    /** The snapshot being drawn, for who put the items. */
    private QueuesModel.Snapshot drawing;
    private final List<Region> slots = new ArrayList<>();
    private final Label empty;
    private HBox unfinished;
    private Label unfinishedCount;
    private Label unfinishedWords;
    private Label tasksDone;
    /** Who waits to get, to put, and in join(), each row shown while someone waits there. */
    private final HBox waits = new HBox(16);
    private final WaiterRow getters;
    private final WaiterRow putters;
    private final WaiterRow joiners;
    private final Label lastGet = IpcGlyphs.label("", "last-get");
    private final Redrawn holders = new Redrawn();

    QueuePanel(Queue q, QueuesModel.Snapshot s, ResourceBundle b) {
        super(new VBox(), "queue", "queue-" + IpcGlyphs.cssId(q.id()));
        node = (VBox) node();
        this.queueId = q.id();
        this.b = b;

        header = new PanelHeader("queue", q.id());
        fullBadge = IpcGlyphs.label(I18n.text(b, "queue.full"), "full-badge");

        // get ◀ [next] [..] [last put] [free slots] ◀ put
        items.getStyleClass().add("items");
        items.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(items, Priority.ALWAYS);
        empty = IpcGlyphs.label(I18n.text(b, "queue.empty"), "queue-empty");
        tube = new HBox(6, IpcGlyphs.label(I18n.text(b, "queue.get"), "end-label"), IpcGlyphs.arrowHead(false), items,
                IpcGlyphs.arrowHead(false), IpcGlyphs.label(I18n.text(b, "queue.put"), "end-label"));
        tube.getStyleClass().add("queue-tube");
        tube.setId("items-" + IpcGlyphs.cssId(q.id()));
        tube.setAlignment(Pos.CENTER_LEFT);
        waits.getStyleClass().add("queue-waits");
        waits.setAlignment(Pos.CENTER_LEFT);
        getters = waiterRow("queue.getters", "getter");
        putters = waiterRow("queue.putters", "putter");
        joiners = waiterRow("queue.joiners", "joiner");
        update(q, s);
    }

    /** Draws a new record of the same queue (or new processes), changing only what changed. */
    @Override
    void update(Queue q, QueuesModel.Snapshot s) {
        node.pseudoClassStateChanged(QueueView.EMPTY, q.items().isEmpty());
        node.pseudoClassStateChanged(QueueView.FULL, q.full());
        updateHeader(q);
        updateItems(q, s);

        List<Node> parts = new ArrayList<>(List.of(header.node(), tube));
        if (q.joinable()) {
            parts.add(unfinished(q));
        }
        List<Node> waiting = new ArrayList<>(3);
        show(getters, q.getters(), q, s, waiting);
        show(putters, q.putters(), q, s, waiting);
        show(joiners, q.joiners(), q, s, waiting);
        if (!waiting.isEmpty()) {
            Children.sync(waits.getChildren(), waiting);
            parts.add(waits);
        }
        if (q.lastTaken() != null) {
            lastGet.setText(I18n.text(b, "queue.lastGet", s.process(q.lastTaken().by()).name(),
                    IpcGlyphs.shorten(q.lastTaken().item().text(), 40)));
            parts.add(lastGet);
        }
        List<IpcProcess> holding = q.handles().stream().map(h -> s.process(h.pid())).toList();
        parts.add(holders.of(List.of(q.handles(), holding), () -> holders(q, s)));
        Children.sync(node.getChildren(), parts);
    }

    private void updateHeader(Queue q) {
        List<Node> parts = new ArrayList<>();
        if (q.type() != null && b.containsKey("queue.type." + q.type())) {
            type.setText(b.getString("queue.type." + q.type()));
            parts.add(type);
        }
        mode.setText(q.bounded() ? I18n.text(b, "queue.bounded", q.maxsize()) : I18n.text(b, "queue.unbounded"));
        size.setText(I18n.text(b, "queue.size", q.items().size()));
        parts.add(mode);
        parts.add(size);
        if (q.full()) {
            parts.add(fullBadge);
        }
        counts.setText(I18n.text(b, "queue.counts", q.puts(), q.gets()));
        header.show(parts, counts);
    }

    /** The items in the tube: the first ones as chips, kept while their item stays drawn; the rest counted. */
    private void updateItems(Queue q, QueuesModel.Snapshot s) {
        drawing = s;
        List<Node> wanted = new ArrayList<>(chips.show(q.items(), QueueViewSkin.MAX_CHIPS, b));
        if (q.bounded() && q.maxsize() <= QueueViewSkin.MAX_SLOTS) {
            for (int i = q.items().size(); i < q.maxsize(); i++) {
                wanted.add(slot(i - q.items().size()));
            }
        } else if (q.items().isEmpty()) {
            wanted.add(empty);
        }
        Children.sync(items.getChildren(), wanted);
    }

    private static Label blankChip() {
        Label chip = IpcGlyphs.label("", "process-chip", "item-chip");
        chip.setTooltip(new Tooltip());
        return chip;
    }

    /** An item on a chip: its text in the colour of who put it; its id and who put it in its tooltip. */
    private void show(Label chip, Item item) {
        IpcProcess by = drawing.process(item.putBy());
        chip.setText(IpcGlyphs.shorten(item.text(), 24));
        ProcessPalette.apply(chip, by.colorIndex());
        chip.getTooltip().setText(I18n.text(b, "queue.itemTip", Long.toString(item.id()), item.text(), by.name()));
    }

    /** The n-th free slot of a small bounded queue; slots are alike, so the same ones are reused. */
    private Region slot(int n) {
        while (slots.size() <= n) {
            Region slot = new Region();
            slot.getStyleClass().add("free-slot");
            slots.add(slot);
        }
        return slots.get(n);
    }

    /**
     * A JoinableQueue's count of items put and not yet marked done, which join() waits for: {@code :done} at 0,
     * when join() returns at once.
     */
    private Node unfinished(Queue q) {
        if (unfinished == null) {
            unfinishedCount = IpcGlyphs.label("", "unfinished-count");
            unfinishedWords = IpcGlyphs.wrapping("", "unfinished-text");
            HBox.setHgrow(unfinishedWords, Priority.ALWAYS);
            tasksDone = IpcGlyphs.label("", "tasks-done");
            unfinished = new HBox(8, unfinishedCount, unfinishedWords, tasksDone);
            unfinished.getStyleClass().add("queue-unfinished");
            unfinished.setId("unfinished-" + IpcGlyphs.cssId(queueId));
            unfinished.setAlignment(Pos.CENTER_LEFT);
        }
        unfinishedCount.setText(Long.toString(q.unfinished()));
        unfinishedWords.setText(I18n.text(b, "queue.unfinished", q.unfinished()));
        tasksDone.setText(I18n.text(b, "queue.tasksDone", q.tasksDone()));
        unfinished.pseudoClassStateChanged(QueueView.DONE, q.unfinished() == 0);
        return unfinished;
    }

    /** Updates a row of waiters (forgetting those who left), and adds it to {@code shown} if anyone waits there. */
    private static void show(WaiterRow row, List<Wait> waits, Queue q, QueuesModel.Snapshot s, List<Node> shown) {
        row.show(waits, s::process, q::isStuck);
        if (!waits.isEmpty()) {
            shown.add(row.node());
        }
    }

    private WaiterRow waiterRow(String titleKey, String idPrefix) {
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        return new WaiterRow(row, I18n.text(b, titleKey), null, idPrefix + "-" + IpcGlyphs.cssId(queueId));
    }

    private Node holders(Queue q, QueuesModel.Snapshot s) {
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
