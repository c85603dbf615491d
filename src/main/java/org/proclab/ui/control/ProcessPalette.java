package org.proclab.ui.control;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/**
 * Each process's colour, picked by its START order, so a process looks the same in the tree, the
 * consoles and the tabs. No red (it means failure) and no grey (it means ended) among them.
 */
public final class ProcessPalette {
    private static final List<Color> COLORS = List.of(
            Color.web("#1f6fb4"), // blue
            Color.web("#d35400"), // orange
            Color.web("#138d75"), // teal
            Color.web("#7b52ae"), // purple
            Color.web("#c2185b"), // magenta
            Color.web("#5d8a1a"), // olive
            Color.web("#a6761d"), // ochre
            Color.web("#00838f"), // cyan
            Color.web("#3949ab"), // indigo
            Color.web("#8d6e63")); // brown
    private static final Color KERNEL = Color.web("#555555");

    private ProcessPalette() {}

    /** The colour for a START order; -1 (ProcLab's own lines) is dark grey. */
    public static Color color(int index) {
        return index < 0 ? KERNEL : COLORS.get(index % COLORS.size());
    }

    /** Sets the looked-up colour {@code -proc-color} on a node; its CSS decides where the colour goes. */
    public static void apply(Node node, int index) {
        node.setStyle("-proc-color: " + web(color(index)) + ";");
    }

    /** {@code :proc-0} to {@code :proc-9}, one per colour, and {@code :proc-kernel}: see {@link #mark}. */
    private static final PseudoClass[] MARKS = java.util.stream.IntStream.rangeClosed(0, COLORS.size())
            .mapToObj(i -> PseudoClass.getPseudoClass(i < COLORS.size() ? "proc-" + i : "proc-kernel"))
            .toArray(PseudoClass[]::new);

    /**
     * Gives a node its process's colour as a pseudo-class ({@code :proc-0} to {@code :proc-9}, {@code
     * :proc-kernel}) that its stylesheet turns into {@code -proc-color}; null clears it. For list cells that
     * show another process's row every frame: a new inline style ({@link #apply}) made JavaFX match every
     * selector again for the cell and its children, where a pseudo-class only moves them to another state.
     */
    public static void mark(Node node, Integer index) {
        int on = index == null ? -1 : index < 0 ? COLORS.size() : index % COLORS.size();
        for (int i = 0; i < MARKS.length; i++) {
            node.pseudoClassStateChanged(MARKS[i], i == on);
        }
    }

    public static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    public static int size() {
        return COLORS.size();
    }
}
