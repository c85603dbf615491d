package org.proclab.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window goes: inside a screen's visual bounds (the screen less its task bars and
 * docks), whatever size it had last time or the default one. Pure: the screens are given.
 */
public final class WindowPlacement {
    /** The size the window asks for the first time, if the screen has room. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;
    /** Below this the layout stops making sense. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;

    private WindowPlacement() {}

    /**
     * The window's bounds: {@code wanted} (the last ones, or null for a first start) made to fit the screen
     * that shows most of it, or {@code primary} if none does; a first start is centred there.
     */
    public static Rectangle2D fit(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary) {
        if (wanted == null) {
            double w = Math.min(DEFAULT_WIDTH, primary.getWidth());
            double h = Math.min(DEFAULT_HEIGHT, primary.getHeight());
            return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                    primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
        }
        Rectangle2D screen = primary;
        double most = 0;
        for (Rectangle2D s : screens) {
            double shared = overlap(wanted, s);
            if (shared > most) {
                most = shared;
                screen = s;
            }
        }
        double w = Math.min(Math.max(wanted.getWidth(), Math.min(MIN_WIDTH, screen.getWidth())), screen.getWidth());
        double h = Math.min(Math.max(wanted.getHeight(), Math.min(MIN_HEIGHT, screen.getHeight())), screen.getHeight());
        double x = Math.min(Math.max(wanted.getMinX(), screen.getMinX()), screen.getMaxX() - w);
        double y = Math.min(Math.max(wanted.getMinY(), screen.getMinY()), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
