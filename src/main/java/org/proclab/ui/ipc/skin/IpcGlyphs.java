package org.proclab.ui.ipc.skin;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.SVGPath;
import org.proclab.ui.control.ProcessPalette;
import org.proclab.ui.ipc.IpcProcess;

/**
 * Small shapes and helpers the IPC skins share. Shapes rather than symbol characters, so they look
 * the same whatever fonts a student's machine has; their colours come from CSS.
 */
final class IpcGlyphs {
    private IpcGlyphs() {}

    /** An hourglass, 10 by 12: a process waiting in a blocking call. */
    static SVGPath hourglass() {
        SVGPath p = new SVGPath();
        p.setContent("M0 0 H10 V1.6 L6 6 L10 10.4 V12 H0 V10.4 L4 6 L0 1.6 Z M2.2 10.4 H7.8 L5 7.4 Z");
        p.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        p.getStyleClass().add("hourglass");
        return p;
    }

    /** A filled arrowhead, 9 by 12, pointing right or left. */
    static Polygon arrowHead(boolean right) {
        Polygon p = right ? new Polygon(0, 0, 9, 6, 0, 12) : new Polygon(9, 0, 0, 6, 9, 12);
        p.getStyleClass().add("arrow-head");
        return p;
    }

    /** A padlock, 16 by 20: shackle closed when locked, lifted open when free. */
    static Node padlock(boolean locked) {
        SVGPath shackle = new SVGPath();
        shackle.setContent(locked
                ? "M3 9 V6 A5 5 0 0 1 13 6 V9 H11 V6 A3 3 0 0 0 5 6 V9 Z"
                : "M3 9 V4 A5 5 0 0 1 13 4 V5 H11 V4 A3 3 0 0 0 5 4 V9 Z");
        shackle.getStyleClass().add("shackle");
        SVGPath body = new SVGPath();
        body.setContent("M1 9 H15 V20 H1 Z");
        body.getStyleClass().add("lock-body");
        Group g = new Group(shackle, body);
        g.getStyleClass().add("padlock");
        return g;
    }

    /** A shared number's type in the reader's words ("int", "整数"), or its typecode if the bundle has none. */
    static String typeName(java.util.ResourceBundle b, String typecode) {
        String key = "value.type." + typecode;
        return b.containsKey(key) ? b.getString(key) : typecode;
    }

    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A label that wraps within the width its parent gives it, rather than widen the parent. */
    static Label wrapping(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setPrefWidth(120);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /**
     * A process waiting in a blocking call: an hourglass and its name, in its colour. Pseudo-classes
     * {@code :blocked}, and {@code :stuck} when the kernel found the call can never return.
     */
    static HBox waiter(IpcProcess proc, boolean stuck, String id, String tip) {
        HBox w = new HBox(4, hourglass(), label(proc.name(), "waiter-name"));
        w.getStyleClass().add("waiter");
        w.setAlignment(Pos.CENTER_LEFT);
        w.setId(id);
        w.pseudoClassStateChanged(PseudoClass.getPseudoClass("blocked"), true);
        w.pseudoClassStateChanged(PseudoClass.getPseudoClass("stuck"), stuck);
        ProcessPalette.apply(w, proc.colorIndex());
        if (tip != null) {
            Tooltip.install(w, new Tooltip(tip));
        }
        return w;
    }

    /** A process's name in its colour; {@code :ended} once it has ended. */
    static Label processTag(IpcProcess proc, String... styleClasses) {
        Label l = label(proc.name(), styleClasses);
        l.getStyleClass().add("process-tag");
        l.pseudoClassStateChanged(PseudoClass.getPseudoClass("ended"), proc.ended());
        ProcessPalette.apply(l, proc.colorIndex());
        return l;
    }

    /** A display string cut to {@code max} characters, so one long message cannot push the others away. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** An object id made safe for a CSS id: "pipe-1:0" becomes "pipe-1-0". */
    static String cssId(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
