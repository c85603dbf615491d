package org.proclab.ui.ipc.skin;

import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcProcess;
import org.proclab.ui.ipc.ManagerView;
import org.proclab.ui.ipc.ManagersModel;
import org.proclab.ui.ipc.ManagersModel.Call;
import org.proclab.ui.ipc.ManagersModel.Manager;
import org.proclab.ui.ipc.ManagersModel.Proxy;

/**
 * Draws a {@link ManagerView}: per manager a panel with its server process (a process of its own, in its
 * colour) keeping its shared objects; beside it, each call in flight as a row caller → call → manager, on its
 * way or being served; below, the last calls answered, each with its answer.
 */
public class ManagerViewSkin extends IpcPanelsSkin<ManagerView, ManagersModel.Snapshot, Manager> {
    public ManagerViewSkin(ManagerView control) {
        super(control, "managers", "manager.placeholder",
                ManagersModel.Snapshot::managers, Manager::id, ManagersModel.Snapshot::processes);
    }

    @Override
    protected Node panel(Manager m, ManagersModel.Snapshot s, ResourceBundle b) {
        VBox panel = new VBox();
        panel.getStyleClass().add("manager");
        panel.setId("manager-" + IpcGlyphs.cssId(m.id()));
        boolean down = m.state() == ManagersModel.State.SHUT_DOWN || m.state() == ManagersModel.State.ENDED;
        panel.pseudoClassStateChanged(ManagerView.DOWN, down);

        Label state = IpcGlyphs.label(I18n.text(b, "manager.state." + m.state().name()), "manager-state");
        state.setId("state-" + IpcGlyphs.cssId(m.id()));
        HBox header = PanelHeader.of("manager", m.id(), List.of(IpcGlyphs.label(I18n.text(b, "manager.kind"), "manager-kind")), state);

        HBox body = new HBox(14, server(m, s, b), calls(m, s, b));
        body.getStyleClass().add("manager-body");
        panel.getChildren().addAll(header, body, recent(m, s, b));
        return panel;
    }

    /** The manager process as a box of its own, holding the shared objects. */
    private static Node server(Manager m, ManagersModel.Snapshot s, ResourceBundle b) {
        VBox box = new VBox(4);
        box.getStyleClass().add("manager-process");
        box.setMinWidth(Region.USE_PREF_SIZE); // the calls beside it give way, never its objects
        box.setId("server-" + IpcGlyphs.cssId(m.id()));
        if (m.server() == 0) {
            box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.serverStarting"), "server-name"));
        } else {
            IpcProcess p = s.process(m.server());
            Label name = IpcGlyphs.processTag(p, "server-name");
            name.setTooltip(new Tooltip(I18n.text(b, "manager.serverTip", p.name(), Long.toString(m.server()),
                    s.process(m.owner()).name())));
            box.getChildren().addAll(name, IpcGlyphs.label(I18n.text(b, "manager.serverPid", Long.toString(m.server()),
                    s.process(m.owner()).name()), "server-pid"));
            org.proclab.ui.control.ProcessPalette.apply(box, p.colorIndex());
        }
        box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.keeps"), "keeps-title"));
        if (m.proxies().isEmpty()) {
            box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.noObjects"), "no-objects"));
        }
        for (Proxy p : m.proxies()) {
            box.getChildren().add(tag(proxyRow(p, b), p.id()));
        }
        return box;
    }

    private static Node proxyRow(Proxy p, ResourceBundle b) {
        HBox row = new HBox(6, IpcGlyphs.label(p.id(), "proxy-name"),
                IpcGlyphs.label(I18n.text(b, "manager.type." + p.type()), "proxy-type"),
                IpcGlyphs.label(I18n.text(b, "manager.calls", p.calls()), "proxy-calls"));
        row.getStyleClass().add("proxy");
        row.setId("proxy-" + IpcGlyphs.cssId(p.id()));
        row.setAlignment(Pos.BASELINE_LEFT);
        if (p.last() != null) {
            row.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.lastCall",
                    IpcGlyphs.shorten(p.last().call(), 28), IpcGlyphs.shorten(answer(p.last(), b), 20)), "proxy-last"));
        }
        return row;
    }

    /** Each call in flight: caller → call → the manager, on its way or being served. */
    private static Node calls(Manager m, ManagersModel.Snapshot s, ResourceBundle b) {
        VBox box = new VBox(5);
        box.getStyleClass().add("manager-calls");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.inFlight"), "calls-title"));
        if (m.inFlight().isEmpty()) {
            box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.noCalls"), "no-calls"));
        }
        for (Call c : m.inFlight()) {
            IpcProcess caller = s.process(c.caller());
            HBox row = new HBox(6, IpcGlyphs.waiter(caller, false, "caller-" + c.id(), null), IpcGlyphs.arrowHead(true),
                    IpcGlyphs.label(c.proxy() + "." + IpcGlyphs.shorten(c.call(), 32), "call-text"), IpcGlyphs.arrowHead(true),
                    IpcGlyphs.label(I18n.text(b, c.serving() ? "manager.serving" : "manager.onItsWay"), "call-phase"));
            row.getStyleClass().add("call");
            row.setId("call-" + c.id());
            row.setAlignment(Pos.CENTER_LEFT);
            row.pseudoClassStateChanged(ManagerView.SERVING, c.serving());
            box.getChildren().add(tag(row, c.proxy()));
        }
        return box;
    }

    /** The last calls answered, oldest first: caller, call, answer. */
    private static Node recent(Manager m, ManagersModel.Snapshot s, ResourceBundle b) {
        VBox box = new VBox(3);
        box.getStyleClass().add("manager-recent");
        box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.recent"), "recent-title"));
        if (m.recent().isEmpty()) {
            box.getChildren().add(IpcGlyphs.label(I18n.text(b, "manager.noRecent"), "no-calls"));
        }
        for (Call c : m.recent()) {
            Label who = IpcGlyphs.processTag(s.process(c.caller()), "process-chip");
            HBox row = new HBox(6, who, IpcGlyphs.label(c.proxy() + "." + IpcGlyphs.shorten(c.call(), 32), "call-text"),
                    IpcGlyphs.label("\u2192 " + IpcGlyphs.shorten(answer(c, b), 48), "call-result"));
            row.getStyleClass().add("answered");
            row.setId("answered-" + c.id());
            row.setAlignment(Pos.BASELINE_LEFT);
            row.pseudoClassStateChanged(ManagerView.FAILED, c.failed());
            box.getChildren().add(tag(row, c.proxy()));
        }
        return box;
    }

    /** An answer in words: a failed call's reason is the kernel's sentence, said in the UI's language. */
    private static String answer(Call c, ResourceBundle b) {
        String r = c.result() == null ? "?" : c.result();
        if (r.startsWith("failed: ")) {
            return I18n.text(b, r.contains("has been shut down") ? "manager.failedShutDown" : "manager.failedEnded");
        }
        return r.startsWith("raised ") ? I18n.text(b, "manager.raised", r.substring(7)) : r;
    }
}
