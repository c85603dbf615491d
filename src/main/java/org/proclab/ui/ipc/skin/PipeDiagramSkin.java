package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.Deadlock;
import org.proclab.ui.ipc.Handle;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.PipeDiagram;
import org.proclab.ui.ipc.PipesModel.End;
import org.proclab.ui.ipc.PipesModel.Message;
import org.proclab.ui.ipc.PipesModel.Pipe;
import org.proclab.ui.ipc.PipesModel;
import org.proclab.ui.ipc.Wait;

/**
 * Draws a {@link PipeDiagram}: a deadlock banner when there is one, then a panel per pipe. A panel is a
 * grid: a lane per process (its name, then its handle of end 0, then its handle of end 1), and between
 * the two handle columns the pipe itself, spanning every lane, with the messages in flight as chips
 * travelling towards the end that will receive them. A pipe's panel is rebuilt only when that pipe
 * (or the processes, or the language) changed.
 */
public class PipeDiagramSkin extends IpcPanelsSkin<PipeDiagram, PipesModel.Snapshot, Pipe> {
    /** Chips drawn per direction; the rest are counted. */
    static final int MAX_CHIPS = 8;

    private final VBox banner = new VBox();
    private final Label bannerTitle = IpcGlyphs.label("", "deadlock-title");
    private final Label bannerText = IpcGlyphs.wrapping("", "deadlock-text");

    public PipeDiagramSkin(PipeDiagram control) {
        super(control, "pipes", "pipe.placeholder",
                PipesModel.Snapshot::pipes, Pipe::id, PipesModel.Snapshot::processes);
        banner.getStyleClass().add("deadlock-banner");
        banner.getChildren().addAll(bannerTitle, bannerText);
    }

    @Override
    protected List<Node> above(PipesModel.Snapshot s, ResourceBundle b) {
        Deadlock d = s.deadlock();
        if (d == null) {
            return List.of();
        }
        bannerTitle.setText(I18n.text(b, "pipe.deadlockTitle"));
        // who is stuck; the window's own banner tells why, and the diagram below shows the handles
        List<String> who = d.pids().stream()
                .map(pid -> I18n.text(b, "deadlock.who", s.process(pid).name(), Long.toString(pid))).toList();
        bannerText.setText(I18n.text(b, "pipe.deadlockWho", String.join(I18n.text(b, "deadlock.listGap"), who)));
        return List.of(banner);
    }

    // ---- one pipe -------------------------------------------------------------------------------

    @Override
    protected Node panel(Pipe p, PipesModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().add("pipe");
        panel.setId("pipe-" + IpcGlyphs.cssId(p.id()));

        long all = p.first().handles().size() + p.second().handles().size();
        long open = p.first().openHandles() + p.second().openHandles();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, IpcGlyphs.label(p.id(), "panel-title", "pipe-title"),
                IpcGlyphs.label(I18n.text(b, p.duplex() ? "pipe.duplex" : "pipe.simplex"), "pipe-mode"), spacer,
                IpcGlyphs.label(I18n.text(b, "pipe.summary", all, open), "pipe-summary"));
        header.getStyleClass().addAll("panel-header", "pipe-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("pipe-grid");
        ColumnConstraints lane = new ColumnConstraints();
        lane.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints handle = new ColumnConstraints();
        handle.setHalignment(HPos.CENTER);
        handle.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints channel = new ColumnConstraints();
        channel.setHgrow(Priority.ALWAYS);
        channel.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints handle2 = new ColumnConstraints();
        handle2.setHalignment(HPos.CENTER);
        handle2.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(lane, handle, channel, handle2);

        grid.add(endHeader(p.first(), b), 1, 0);
        Label channelTitle = IpcGlyphs.label(I18n.text(b, "pipe.inFlight"), "channel-title");
        GridPane.setHalignment(channelTitle, HPos.CENTER);
        GridPane.setValignment(channelTitle, VPos.BOTTOM);
        grid.add(channelTitle, 2, 0);
        grid.add(endHeader(p.second(), b), 3, 0);

        int row = 1;
        for (long pid : p.lanes()) {
            IpcProcess proc = s.process(pid);
            grid.add(lane(p, proc, b), 0, row);
            grid.add(handleCell(p.first(), proc, b), 1, row);
            grid.add(handleCell(p.second(), proc, b), 3, row);
            row++;
        }
        Node pipe = channel(p, s, b);
        GridPane.setFillHeight(pipe, true);
        GridPane.setHgrow(pipe, Priority.ALWAYS);
        grid.add(pipe, 2, 1, 1, Math.max(1, row - 1));

        panel.getChildren().addAll(header, grid);
        return panel;
    }

    private static Node endHeader(End end, ResourceBundle b) {
        String role = end.canSend() && end.canRecv() ? "pipe.both" : end.canRecv() ? "pipe.recvOnly" : "pipe.sendOnly";
        VBox box = new VBox(IpcGlyphs.label(I18n.text(b, end.index() == 0 ? "pipe.end0" : "pipe.end1"), "end-title"),
                IpcGlyphs.label(I18n.text(b, role), "end-role"));
        box.getStyleClass().add("end-header");
        tag(box, end.id());
        box.setAlignment(Pos.BOTTOM_CENTER);
        return box;
    }

    private static Node lane(Pipe p, IpcProcess proc, ResourceBundle b) {
        Label state = IpcGlyphs.label(I18n.text(b, "lane.ended"), "lane-state");
        state.setVisible(proc.ended());
        state.managedProperty().bind(state.visibleProperty());
        if (proc.endedHow() != null) {
            state.setTooltip(new Tooltip(I18n.text(b, "lane.endedHow", proc.endedHow())));
        }
        VBox lane = new VBox(IpcGlyphs.label(proc.name(), "lane-name"),
                IpcGlyphs.label(I18n.text(b, "lane.pid", Long.toString(proc.pid())), "lane-pid"), state);
        lane.getStyleClass().add("lane");
        lane.setId("lane-" + IpcGlyphs.cssId(p.id()) + "-" + proc.pid());
        lane.setAlignment(Pos.CENTER_LEFT);
        lane.pseudoClassStateChanged(PipeDiagram.ENDED, proc.ended());
        ProcessPalette.apply(lane, proc.colorIndex());
        return lane;
    }

    /** A process's handle of one end: a box, what happened to it, and what is going on at it. */
    private static Node handleCell(End end, IpcProcess proc, ResourceBundle b) {
        Handle h = end.handleOf(proc.pid());
        if (h == null) {
            Label none = IpcGlyphs.label(I18n.text(b, "handle.none"), "no-handle");
            none.setId("handle-" + IpcGlyphs.cssId(end.id()) + "-" + proc.pid());
            return none;
        }
        Wait blocked = end.blockedCall(proc.pid());
        boolean stuck = end.isStuck(proc.pid());
        boolean eof = end.sawEof(proc.pid());

        SVGPath hourglass = IpcGlyphs.hourglass();
        hourglass.setVisible(blocked != null || stuck);
        hourglass.managedProperty().bind(hourglass.visibleProperty());
        Label word = IpcGlyphs.label(I18n.text(b, h.open() ? "handle.open" : "handle.closed"), "handle-state");
        HBox inner = new HBox(5, hourglass, word);
        inner.setAlignment(Pos.CENTER);
        Line strike = new Line();
        strike.getStyleClass().add("strike");
        strike.setManaged(false);
        strike.setVisible(!h.open());
        StackPane box = new StackPane(inner, strike);
        box.getStyleClass().add("handle");
        tag(box, end.id());
        box.setId("handle-" + IpcGlyphs.cssId(end.id()) + "-" + proc.pid());
        // corner to corner, inside the border
        strike.startXProperty().set(3);
        strike.startYProperty().bind(box.heightProperty().subtract(3));
        strike.endXProperty().bind(box.widthProperty().subtract(3));
        strike.setEndY(3);

        String caption = h.open() ? I18n.text(b, "handle.how." + h.how()) : I18n.text(b, "handle.closedBy." + h.closedWhy());
        VBox cell = new VBox(box, IpcGlyphs.label(caption, "handle-caption"));
        cell.getStyleClass().add("handle-cell");
        cell.setAlignment(Pos.TOP_CENTER);
        String call = blocked != null ? blocked.call() : stuck ? stuckCall(end, proc.pid()) : null;
        if (stuck) {
            cell.getChildren().add(IpcGlyphs.label(I18n.text(b, blocked != null ? "handle.stuck" : "handle.stuckEnded", call),
                    "badge", "stuck-badge"));
        } else if (blocked != null) {
            cell.getChildren().add(IpcGlyphs.label(I18n.text(b, "handle.blocked", call), "badge", "blocked-badge"));
        }
        if (eof) {
            Label badge = IpcGlyphs.label(I18n.text(b, "handle.eof"), "badge", "eof-badge");
            badge.setTooltip(new Tooltip(I18n.text(b, "handle.eofTip")));
            cell.getChildren().add(badge);
        }
        if (h.culprit()) {
            Label badge = IpcGlyphs.label(I18n.text(b, "handle.culprit"), "badge", "culprit-badge");
            badge.setTooltip(new Tooltip(I18n.text(b, "handle.culpritTip")));
            cell.getChildren().add(badge);
        }
        for (Node n : List.of(cell, box)) {
            n.pseudoClassStateChanged(PipeDiagram.OPEN, h.open());
            n.pseudoClassStateChanged(PipeDiagram.CLOSED, !h.open());
            n.pseudoClassStateChanged(PipeDiagram.BLOCKED, blocked != null);
            n.pseudoClassStateChanged(PipeDiagram.STUCK, stuck);
            n.pseudoClassStateChanged(PipeDiagram.EOF, eof);
            n.pseudoClassStateChanged(PipeDiagram.CULPRIT, h.culprit());
        }
        ProcessPalette.apply(cell, proc.colorIndex());
        Tooltip.install(box, new Tooltip(I18n.text(b, "handle.tip", proc.name(), end.id(), caption)));
        return cell;
    }

    private static String stuckCall(End end, long pid) {
        return end.stuck().stream().filter(w -> w.pid() == pid).map(Wait::call).findFirst().orElse("recv()");
    }

    // ---- the pipe between the ends --------------------------------------------------------------

    private static Node channel(Pipe p, PipesModel.Snapshot s, ResourceBundle b) {
        VBox tube = new VBox();
        tube.getStyleClass().add("pipe-channel");
        tube.setAlignment(Pos.CENTER);
        if (p.duplex()) {
            tube.getChildren().add(track(p, p.second(), s, b)); // towards end 1: left to right
        }
        tube.getChildren().add(track(p, p.first(), s, b));      // towards end 0: right to left
        return tube;
    }

    /** The messages travelling towards {@code to}, the oldest nearest to it. */
    private static Node track(Pipe p, End to, PipesModel.Snapshot s, ResourceBundle b) {
        boolean right = to.index() == 1;
        List<Message> msgs = to.inFlight();
        List<Node> chips = new ArrayList<>();
        int shownCount = Math.min(MAX_CHIPS, msgs.size());
        for (int i = 0; i < shownCount; i++) {
            chips.add(chip(p, msgs.get(i), s, b));
        }
        if (msgs.size() > shownCount) {
            chips.add(IpcGlyphs.label(I18n.text(b, "pipe.more", msgs.size() - shownCount), "more-chips"));
        }
        if (msgs.isEmpty()) {
            chips.add(IpcGlyphs.label(I18n.text(b, "pipe.nothing"), "track-empty"));
        }
        if (right) {
            java.util.Collections.reverse(chips); // oldest at the right, nearest to end 1
        }
        HBox row = new HBox(4);
        row.getStyleClass().add("chips");
        row.setAlignment(right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        row.getChildren().setAll(chips);
        HBox.setHgrow(row, Priority.ALWAYS);
        row.setMinWidth(0);

        Label name = IpcGlyphs.label(I18n.text(b, "pipe.toEnd", to.index()), "track-label");
        Region line = new Region();
        line.getStyleClass().add("track-line");
        HBox track = new HBox(6);
        track.getStyleClass().add("pipe-track");
        track.setId("track-" + IpcGlyphs.cssId(p.id()) + "-to-" + to.index());
        track.setAlignment(Pos.CENTER);
        if (right) {
            track.getChildren().addAll(name, row, IpcGlyphs.arrowHead(true));
        } else {
            track.getChildren().addAll(IpcGlyphs.arrowHead(false), row, name);
        }
        return track;
    }

    private static Node chip(Pipe p, Message m, PipesModel.Snapshot s, ResourceBundle b) {
        Label chip = IpcGlyphs.label(IpcGlyphs.shorten(m.text(), 18), "process-chip", "message-chip");
        chip.setId("msg-" + IpcGlyphs.cssId(p.id()) + "-" + m.id());
        IpcProcess from = s.process(m.fromPid());
        ProcessPalette.apply(chip, from.colorIndex());
        chip.setTooltip(new Tooltip(I18n.text(b, "pipe.messageTip", Long.toString(m.id()), m.text(), from.name(),
                p.id() + ":" + m.fromEnd())));
        return chip;
    }
}
