package org.proclab.ui.enumerate.skin;

import javafx.scene.layout.Region;

/** A track with a fill as long as a fraction of it: style classes {@code track} and {@code fill}. */
public final class FractionBar extends Region {
    private final Region fill = new Region();
    private double fraction;

    public FractionBar(String trackClass, String fillClass) {
        getStyleClass().add(trackClass);
        fill.getStyleClass().add(fillClass);
        fill.setManaged(false);
        getChildren().add(fill);
    }

    /** 0 to 1; out-of-range values are clamped. */
    public void setFraction(double f) {
        double clamped = Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
        if (clamped != fraction) {
            fraction = clamped;
            requestLayout();
        }
    }

    public double getFraction() {
        return fraction;
    }

    /** The fill, for tests and for styling in code. */
    public Region fill() {
        return fill;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double fw = fraction > 0 ? Math.max(2, snapSizeX(w * fraction)) : 0; // a started bar is never invisible
        fill.resizeRelocate(snappedLeftInset(), snappedTopInset(), fw, h);
    }
}
