package org.proclab.ui.tree.skin;

import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.control.HoverTip;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcState;
import org.proclab.ui.model.ProcessNode;

/** One process's box in the tree; its look comes from pseudo-classes set here and styled in CSS. */
public final class ProcessNodeBox extends VBox {
    public static final PseudoClass ORPHAN = PseudoClass.getPseudoClass("orphan");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass DEADLOCKED = PseudoClass.getPseudoClass("deadlocked");

    private final Label name = label("name");
    private final Label state = label("state");
    private final Label pid = label("pid");
    private final Label ppid = label("ppid");
    private final Label exitCode = label("exit-code");
    private final Label cpu = label("cpu");
    private final Label orphanMarker = label("orphan-marker");
    private final Label managerMarker = label("manager-marker");
    private final Label blockedMarker = label("blocked-marker");
    private final Label deadlockMarker = label("deadlock-marker");
    private final HoverTip tip = HoverTip.on(this);
    private ProcessNode node;
    private ResourceBundle shownIn;

    public ProcessNodeBox() {
        getStyleClass().add("process-node");
        Region stripe = new Region();
        stripe.getStyleClass().add("color-stripe");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, name, spacer, state);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.BASELINE_LEFT);
        HBox ids = new HBox(10, pid, ppid);
        ids.getStyleClass().add("ids");
        VBox facts = new VBox(0, exitCode, cpu); // one above the other: a narrow box lets a wide family fit
        facts.getStyleClass().add("facts");
        VBox body = new VBox(2, header, managerMarker, ids, facts, orphanMarker, blockedMarker, deadlockMarker);
        body.getStyleClass().add("body");
        orphanMarker.managedProperty().bind(orphanMarker.visibleProperty());
        managerMarker.managedProperty().bind(managerMarker.visibleProperty());
        blockedMarker.managedProperty().bind(blockedMarker.visibleProperty());
        deadlockMarker.managedProperty().bind(deadlockMarker.visibleProperty());
        // drawn, not a glyph: an hourglass or stop sign in a font is not there on every system
        blockedMarker.setGraphic(icon("icon-hourglass"));
        deadlockMarker.setGraphic(icon("icon-stop"));
        getChildren().addAll(stripe, body);
    }

    private static Region icon(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("icon", styleClass);
        return r;
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Shows the node's latest state. */
    public void show(ProcessNode n, ResourceBundle b) {
        if (n == node && b == shownIn) {
            return; // nodes are immutable: the same node shows the same thing
        }
        this.node = n;
        this.shownIn = b;
        setId("process-" + n.pid());
        ProcessPalette.apply(this, n.colorIndex());
        for (ProcState s : ProcState.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s.id()), s == n.state());
        }
        pseudoClassStateChanged(ORPHAN, n.orphan());
        pseudoClassStateChanged(FAILED, n.failed());
        pseudoClassStateChanged(PseudoClass.getPseudoClass("main"), n.isMain());
        pseudoClassStateChanged(PseudoClass.getPseudoClass("manager"), n.isManager());
        pseudoClassStateChanged(BLOCKED, n.isBlocked());
        pseudoClassStateChanged(DEADLOCKED, n.deadlocked());

        String pidText = Long.toString(n.pid());
        name.setText(n.name());
        state.setText(I18n.text(b, "state." + n.state().id()));
        pid.setText(I18n.text(b, "node.pid", pidText));
        ppid.setText(n.orphan() && n.ppid() != n.parentPid()
                ? I18n.text(b, "node.ppidWas", Long.toString(n.ppid()), Long.toString(n.parentPid()))
                : I18n.text(b, "node.ppid", Long.toString(n.ppid())));
        exitCode.setText(n.exitCode() == null
                ? I18n.text(b, n.state().ended() ? "node.exitCodeUnknown" : "node.exitCodeNone")
                : I18n.text(b, "node.exitCode", Integer.toString(n.exitCode())));
        cpu.setText(n.cpuMillis() < 0 ? I18n.text(b, "node.cpuNone") : I18n.text(b, "node.cpu", Long.toString(n.cpuMillis())));
        managerMarker.setText(I18n.text(b, "node.manager"));
        managerMarker.setVisible(n.isManager());
        orphanMarker.setText(I18n.text(b, "node.orphan"));
        orphanMarker.setVisible(n.orphan());
        blockedMarker.setText(blockedText(n, b));
        blockedMarker.setVisible(n.isBlocked());
        deadlockMarker.setText(I18n.text(b, "node.deadlocked"));
        deadlockMarker.setVisible(n.deadlocked());
        tip.setText(() -> I18n.text(b, "node.tip." + n.state().id(), n.name(), pidText)
                + (n.isBlocked() ? "\n" + I18n.text(b, "node.tip.blocked", n.blocked().call(), n.blocked().label()) : "")
                + (n.deadlocked() ? "\n" + I18n.text(b, "node.tip.deadlocked") : "")
                + (n.endedHow() == null ? "" : "\n" + I18n.text(b, "node.endedHow", n.endedHow())));
    }

    /** "recv() on pipe-1:0" beside an hourglass: the call its main thread waits in, and on what. */
    private static String blockedText(ProcessNode n, ResourceBundle b) {
        if (!n.isBlocked()) {
            return "";
        }
        return n.blocked().waitsForTask()
                ? I18n.text(b, "node.blockedTask", n.blocked().label())
                : I18n.text(b, "node.blocked", n.blocked().call(), n.blocked().label());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    public ProcessNode node() {
        return node;
    }
}
