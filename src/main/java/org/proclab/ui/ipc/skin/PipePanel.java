package org.proclab.ui.ipc.skin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.proclab.ui.ipc.Handle;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.PipeDiagram;
import org.proclab.ui.ipc.PipesModel;
import org.proclab.ui.ipc.PipesModel.End;
import org.proclab.ui.ipc.PipesModel.Message;
import org.proclab.ui.ipc.PipesModel.Pipe;
import org.proclab.ui.ipc.Wait;

/**
 * One pipe's panel in the {@link PipeDiagramSkin}, built once and updated in place with each new record of
 * its pipe: a grid with a lane per process (its name, its handle of end 0, its handle of end 1) and between
 * the handle columns the pipe, spanning every lane, with the messages in flight as chips. Each node keeps
 * its identity while what it draws lasts (a lane, a handle, a message chip), so a pipe that changes with
 * every message costs a few texts and pseudo-classes per update, not a panel's worth of new nodes.
 */
final class PipePanel extends InPlacePanel<Pipe, PipesModel.Snapshot> {
    private final String pipeId;
    private final ResourceBundle b;
    private final VBox node;
    private final Label mode = IpcGlyphs.label("", "pipe-mode");
    private final Label summary = IpcGlyphs.label("", "pipe-summary");
    private final GridPane grid = new GridPane();
    private final EndHeader[] ends = {new EndHeader(), new EndHeader()};
    private final Label channelTitle;
    private final VBox tube = new VBox();
    private final Track[] tracks = new Track[2];
    private final Map<Long, LaneRow> lanes = new HashMap<>();

    PipePanel(Pipe p, PipesModel.Snapshot s, ResourceBundle b) {
        super(new VBox(), "pipe", "pipe-" + IpcGlyphs.cssId(p.id()));
        node = (VBox) node();
        this.pipeId = p.id();
        this.b = b;

        HBox header = PanelHeader.of("pipe", p.id(), List.of(mode), summary);

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

        channelTitle = IpcGlyphs.label(I18n.text(b, "pipe.inFlight"), "channel-title");
        GridPane.setHalignment(channelTitle, HPos.CENTER);
        GridPane.setValignment(channelTitle, VPos.BOTTOM);
        tube.getStyleClass().add("pipe-channel");
        tube.setAlignment(Pos.CENTER);
        GridPane.setFillHeight(tube, true);
        GridPane.setHgrow(tube, Priority.ALWAYS);

        node.getChildren().addAll(header, grid);
        update(p, s);
    }

    /** Draws a new record of the same pipe (or new processes), changing only what changed. */
    @Override
    void update(Pipe p, PipesModel.Snapshot s) {
        mode.setText(I18n.text(b, p.duplex() ? "pipe.duplex" : "pipe.simplex"));
        long all = p.first().handles().size() + p.second().handles().size();
        long open = p.first().openHandles() + p.second().openHandles();
        summary.setText(I18n.text(b, "pipe.summary", all, open));
        ends[0].update(p.first());
        ends[1].update(p.second());

        List<Node> cells = new ArrayList<>();
        place(cells, ends[0].box, 1, 0, 1);
        place(cells, channelTitle, 2, 0, 1);
        place(cells, ends[1].box, 3, 0, 1);
        int row = 1;
        for (long pid : p.lanes()) {
            LaneRow lane = lanes.computeIfAbsent(pid, LaneRow::new);
            lane.update(p, s.process(pid));
            place(cells, lane.lane, 0, row, 1);
            place(cells, lane.handles[0].node(), 1, row, 1);
            place(cells, lane.handles[1].node(), 3, row, 1);
            row++;
        }
        lanes.keySet().retainAll(p.lanes());
        place(cells, tube, 2, 1, Math.max(1, row - 1));
        Children.sync(grid.getChildren(), cells);

        List<Node> shownTracks = new ArrayList<>(2);
        if (p.duplex()) {
            shownTracks.add(track(1).update(p.second(), s)); // towards end 1: left to right
        }
        shownTracks.add(track(0).update(p.first(), s));      // towards end 0: right to left
        Children.sync(tube.getChildren(), shownTracks);
    }

    /** Puts a node in the grid's list at a cell, setting its constraints only when they changed. */
    private static void place(List<Node> cells, Node n, int column, int row, int rowSpan) {
        if (!Integer.valueOf(column).equals(GridPane.getColumnIndex(n))) {
            GridPane.setColumnIndex(n, column);
        }
        if (!Integer.valueOf(row).equals(GridPane.getRowIndex(n))) {
            GridPane.setRowIndex(n, row);
        }
        if (!Integer.valueOf(rowSpan).equals(GridPane.getRowSpan(n))) {
            GridPane.setRowSpan(n, rowSpan);
        }
        cells.add(n);
    }

    private Track track(int to) {
        if (tracks[to] == null) {
            tracks[to] = new Track(to);
        }
        return tracks[to];
    }

    // ---- the parts ------------------------------------------------------------------------------

    /** An end's title and what it does. */
    private final class EndHeader {
        final Label title = IpcGlyphs.label("", "end-title");
        final Label role = IpcGlyphs.label("", "end-role");
        final VBox box = new VBox(title, role);

        EndHeader() {
            box.getStyleClass().add("end-header");
            box.setAlignment(Pos.BOTTOM_CENTER);
        }

        void update(End end) {
            String r = end.canSend() && end.canRecv() ? "pipe.both" : end.canRecv() ? "pipe.recvOnly" : "pipe.sendOnly";
            title.setText(I18n.text(b, end.index() == 0 ? "pipe.end0" : "pipe.end1"));
            role.setText(I18n.text(b, r));
            IpcPanelsSkin.tag(box, end.id());
        }
    }

    /** A process's lane: its name, pid and whether it ended, then its handles of each end. */
    private final class LaneRow {
        final long pid;
        final Label name = IpcGlyphs.label("", "lane-name");
        final Label state = IpcGlyphs.label("", "lane-state");
        final VBox lane;
        final HandleCell[] handles = {new HandleCell(), new HandleCell()};

        LaneRow(long pid) {
            this.pid = pid;
            state.managedProperty().bind(state.visibleProperty());
            lane = new VBox(name, IpcGlyphs.label(I18n.text(b, "lane.pid", Long.toString(pid)), "lane-pid"), state);
            lane.getStyleClass().add("lane");
            lane.setId("lane-" + IpcGlyphs.cssId(pipeId) + "-" + pid);
            lane.setAlignment(Pos.CENTER_LEFT);
        }

        void update(Pipe p, IpcProcess proc) {
            name.setText(proc.name());
            state.setText(I18n.text(b, "lane.ended"));
            state.setVisible(proc.ended());
            if (proc.endedHow() == null) {
                state.setTooltip(null);
            } else {
                String tip = I18n.text(b, "lane.endedHow", proc.endedHow());
                if (state.getTooltip() == null) {
                    state.setTooltip(new Tooltip(tip));
                } else {
                    state.getTooltip().setText(tip);
                }
            }
            lane.pseudoClassStateChanged(PipeDiagram.ENDED, proc.ended());
            ProcessPalette.apply(lane, proc.colorIndex());
            handles[0].update(p.first(), proc);
            handles[1].update(p.second(), proc);
        }
    }

    /**
     * A process's handle of one end: a box (open, or hollow and struck out when closed), what happened to
     * it, and badges for what is going on at it; or "no handle" while it never held one.
     */
    private final class HandleCell {
        private Label none;
        private VBox cell;
        private StackPane box;
        private SVGPath hourglass;
        private Label word;
        private Line strike;
        private Label caption;
        private Tooltip tip;
        private Label waitBadge;
        private Label eofBadge;
        private Label culpritBadge;
        private Node shown;

        Node node() {
            return shown;
        }

        void update(End end, IpcProcess proc) {
            Handle h = end.handleOf(proc.pid());
            String id = "handle-" + IpcGlyphs.cssId(end.id()) + "-" + proc.pid();
            if (h == null) {
                if (none == null) {
                    none = IpcGlyphs.label("", "no-handle");
                    none.setId(id);
                }
                none.setText(I18n.text(b, "handle.none"));
                shown = none;
                return;
            }
            if (cell == null) {
                build(end, id);
            }
            shown = cell;
            Wait blocked = end.blockedCall(proc.pid());
            boolean stuck = end.isStuck(proc.pid());
            boolean eof = end.sawEof(proc.pid());

            hourglass.setVisible(blocked != null || stuck);
            word.setText(I18n.text(b, h.open() ? "handle.open" : "handle.closed"));
            strike.setVisible(!h.open());
            String how = h.open() ? I18n.text(b, "handle.how." + h.how()) : I18n.text(b, "handle.closedBy." + h.closedWhy());
            caption.setText(how);
            tip.setText(I18n.text(b, "handle.tip", proc.name(), end.id(), how));

            List<Node> parts = new ArrayList<>(List.of(box, caption));
            String call = blocked != null ? blocked.call() : stuck ? stuckCall(end, proc.pid()) : null;
            if (stuck || blocked != null) {
                if (waitBadge == null) {
                    waitBadge = IpcGlyphs.label("", "badge");
                }
                waitBadge.setText(stuck ? I18n.text(b, blocked != null ? "handle.stuck" : "handle.stuckEnded", call)
                        : I18n.text(b, "handle.blocked", call));
                // the style class tells which badge it is; changed only when it must be
                String kind = stuck ? "stuck-badge" : "blocked-badge";
                if (!waitBadge.getStyleClass().contains(kind)) {
                    waitBadge.getStyleClass().setAll("label", "badge", kind);
                }
                parts.add(waitBadge);
            }
            if (eof) {
                if (eofBadge == null) {
                    eofBadge = IpcGlyphs.label(I18n.text(b, "handle.eof"), "badge", "eof-badge");
                    eofBadge.setTooltip(new Tooltip(I18n.text(b, "handle.eofTip")));
                }
                parts.add(eofBadge);
            }
            if (h.culprit()) {
                if (culpritBadge == null) {
                    culpritBadge = IpcGlyphs.label(I18n.text(b, "handle.culprit"), "badge", "culprit-badge");
                    culpritBadge.setTooltip(new Tooltip(I18n.text(b, "handle.culpritTip")));
                }
                parts.add(culpritBadge);
            }
            Children.sync(cell.getChildren(), parts);

            for (Node n : List.of(cell, box)) {
                n.pseudoClassStateChanged(PipeDiagram.OPEN, h.open());
                n.pseudoClassStateChanged(PipeDiagram.CLOSED, !h.open());
                n.pseudoClassStateChanged(PipeDiagram.BLOCKED, blocked != null);
                n.pseudoClassStateChanged(PipeDiagram.STUCK, stuck);
                n.pseudoClassStateChanged(PipeDiagram.EOF, eof);
                n.pseudoClassStateChanged(PipeDiagram.CULPRIT, h.culprit());
            }
            ProcessPalette.apply(cell, proc.colorIndex());
        }

        private void build(End end, String id) {
            hourglass = IpcGlyphs.hourglass();
            hourglass.managedProperty().bind(hourglass.visibleProperty());
            word = IpcGlyphs.label("", "handle-state");
            HBox inner = new HBox(5, hourglass, word);
            inner.setAlignment(Pos.CENTER);
            strike = new Line();
            strike.getStyleClass().add("strike");
            strike.setManaged(false);
            box = new StackPane(inner, strike);
            box.getStyleClass().add("handle");
            IpcPanelsSkin.tag(box, end.id());
            box.setId(id);
            // corner to corner, inside the border
            strike.setStartX(3);
            strike.startYProperty().bind(box.heightProperty().subtract(3));
            strike.endXProperty().bind(box.widthProperty().subtract(3));
            strike.setEndY(3);
            tip = new Tooltip();
            Tooltip.install(box, tip);
            caption = IpcGlyphs.label("", "handle-caption");
            cell = new VBox(box, caption);
            cell.getStyleClass().add("handle-cell");
            cell.setAlignment(Pos.TOP_CENTER);
        }
    }

    private static String stuckCall(End end, long pid) {
        return end.stuck().stream().filter(w -> w.pid() == pid).map(Wait::call).findFirst().orElse("recv()");
    }

    /** The messages travelling towards one end, the oldest nearest to it; a chip per message while it is drawn. */
    private final class Track {
        final int to;
        final HBox row = new HBox(4);
        final HBox track = new HBox(6);
        final Label empty = IpcGlyphs.label("", "track-empty");
        final ChipRow<Message> chips;
        /** The snapshot being drawn, for the senders of the messages. */
        private PipesModel.Snapshot drawing;

        Track(int to) {
            this.to = to;
            chips = new ChipRow<>(Track::blankChip, this::show);
            boolean right = to == 1;
            row.getStyleClass().add("chips");
            row.setAlignment(right ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            HBox.setHgrow(row, Priority.ALWAYS);
            row.setMinWidth(0);
            Label name = IpcGlyphs.label(I18n.text(b, "pipe.toEnd", to), "track-label");
            track.getStyleClass().add("pipe-track");
            track.setId("track-" + IpcGlyphs.cssId(pipeId) + "-to-" + to);
            track.setAlignment(Pos.CENTER);
            if (right) {
                track.getChildren().addAll(name, row, IpcGlyphs.arrowHead(true));
            } else {
                track.getChildren().addAll(IpcGlyphs.arrowHead(false), row, name);
            }
        }

        Node update(End end, PipesModel.Snapshot s) {
            drawing = s;
            List<Message> msgs = end.inFlight();
            List<Node> wanted = new ArrayList<>(chips.show(msgs, PipeDiagramSkin.MAX_CHIPS, b));
            if (msgs.isEmpty()) {
                empty.setText(I18n.text(b, "pipe.nothing"));
                wanted.add(empty);
            }
            if (to == 1) {
                Collections.reverse(wanted); // oldest at the right, nearest to end 1
            }
            Children.sync(row.getChildren(), wanted);
            return track;
        }

        private static Label blankChip() {
            Label chip = IpcGlyphs.label("", "process-chip", "message-chip");
            chip.setTooltip(new Tooltip());
            return chip;
        }

        /** A message on a chip: its text in its sender's colour; who sent it from where in its tooltip. */
        private void show(Label chip, Message m) {
            chip.setText(IpcGlyphs.shorten(m.text(), 18));
            IpcProcess from = drawing.process(m.fromPid());
            ProcessPalette.apply(chip, from.colorIndex());
            chip.getTooltip().setText(I18n.text(b, "pipe.messageTip", Long.toString(m.id()), m.text(), from.name(),
                    pipeId + ":" + m.fromEnd()));
        }
    }
}
