package org.proclab.ui.ipc.skin;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.Deadlock;
import org.proclab.ui.ipc.PipeDiagram;
import org.proclab.ui.ipc.PipesModel.Pipe;
import org.proclab.ui.ipc.PipesModel;

/**
 * Draws a {@link PipeDiagram}: a deadlock banner when there is one, then a panel per pipe. A panel is a
 * grid: a lane per process (its name, then its handle of end 0, then its handle of end 1), and between
 * the two handle columns the pipe itself, spanning every lane, with the messages in flight as chips
 * travelling towards the end that will receive them. A pipe's panel ({@link PipePanel}) is built once and
 * updated in place with each new record of its pipe; drawn anew only when the language changes.
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

    // ---- one pipe: see PipePanel --------------------------------------------------------------

    @Override
    protected Node panel(Pipe p, PipesModel.Snapshot s, ResourceBundle b) {
        return new PipePanel(p, s, b).node();
    }
}
