package org.proclab.ui.tree.skin;

import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.proclab.ui.control.HoverTip;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcState;
import org.proclab.ui.model.ProcessNode;

/**
 * One process of a big family, drawn small: its pid in its colour, its state as the same pseudo-classes a
 * {@link ProcessNodeBox} has (styled in CSS as {@code .process-mini}); the tooltip says the rest, and a click
 * shows its whole box beside the grid.
 */
public final class SmallProcessBox extends Label {
    private ProcessNode node;
    private ResourceBundle shownIn;
    private final HoverTip tip = HoverTip.on(this);

    public SmallProcessBox() {
        getStyleClass().add("process-mini");
    }

    /** Shows the node's latest state. */
    public void show(ProcessNode n, ResourceBundle b) {
        if (n == node && b == shownIn) {
            return; // nodes are immutable: the same node shows the same thing
        }
        node = n;
        shownIn = b;
        setId("process-" + n.pid());
        ProcessPalette.apply(this, n.colorIndex());
        for (ProcState s : ProcState.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s.id()), s == n.state());
        }
        pseudoClassStateChanged(ProcessNodeBox.ORPHAN, n.orphan());
        pseudoClassStateChanged(ProcessNodeBox.FAILED, n.failed());
        pseudoClassStateChanged(ProcessNodeBox.BLOCKED, n.isBlocked());
        pseudoClassStateChanged(ProcessNodeBox.DEADLOCKED, n.deadlocked());
        setText(Long.toString(n.pid()));
        tip.setText(() -> I18n.text(b, "node.tip." + n.state().id(), n.name(), Long.toString(n.pid()))
                + (n.exitCode() == null ? "" : "\n" + I18n.text(b, "node.exitCode", Integer.toString(n.exitCode())))
                + (n.isBlocked() ? "\n" + I18n.text(b, "node.tip.blocked", n.blocked().call(), n.blocked().label()) : "")
                + (n.deadlocked() ? "\n" + I18n.text(b, "node.tip.deadlocked") : ""));
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(ProcessNodeBox.SELECTED, selected);
    }

    public ProcessNode node() {
        return node;
    }

    /** The tooltip, or null until the pointer has come over the box. */
    public javafx.scene.control.Tooltip tooltip() {
        return tip.tooltip();
    }
}
