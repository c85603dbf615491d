package org.proclab.ui.present;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows a diagram whole: when its preferred size does not fit, the diagram is laid out larger and drawn
 * scaled down until it fits, never smaller on screen than {@link #minScaleProperty()} of its natural size
 * (a zoom around the pane counts: at 150 % the diagram may be scaled to 0.4 and still read as 60 %); below
 * that the pane asks for more room, so a scroll pane around it scrolls. A diagram that fits is drawn at its
 * size, filling the pane. Never scales up: the zoom ({@link ZoomPane}) does that for everything at once.
 */
public final class FitPane extends Region {
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper shownScale = new ReadOnlyDoubleWrapper(this, "shownScale", 1);
    private final DoubleProperty minScale = new SimpleDoubleProperty(this, "minScale", 0.6);

    public FitPane(Node content) {
        this.content = content;
        getStyleClass().add("fit-pane");
        getChildren().add(content);
        content.getTransforms().add(scale);
        minScale.addListener(o -> requestLayout());
    }

    /** A diagram in a fitting pane in a scroll pane, which scrolls only below the smallest scale. */
    public static javafx.scene.control.ScrollPane scrolled(Node content, String styleClass) {
        javafx.scene.control.ScrollPane s = new javafx.scene.control.ScrollPane(new FitPane(content));
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.getStyleClass().add(styleClass);
        return s;
    }

    public Node content() {
        return content;
    }

    /** The scale the diagram is drawn at now: 1 when it fits. */
    public ReadOnlyDoubleProperty shownScaleProperty() {
        return shownScale.getReadOnlyProperty();
    }

    /** The smallest size on screen, against the diagram's natural size, before the pane asks for more room; 0.6. */
    public DoubleProperty minScaleProperty() {
        return minScale;
    }

    /** The scale at which the content fits {@code w} × {@code h}: 1 if it fits as it is. */
    double scaleFor(double w, double h) {
        double min = smallestScale();
        double pw = content.prefWidth(-1);
        double s = pw > w && pw > 0 ? Math.max(min, w / pw) : 1;
        if (fitsHeight(s, w, h)) {
            return s;
        }
        // wrapped texts are shorter when wider: the largest scale whose width leaves the content short enough
        double lo = min;
        double hi = s;
        for (int i = 0; i < 12; i++) {
            double mid = (lo + hi) / 2;
            if (fitsHeight(mid, w, h)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean fitsHeight(double s, double w, double h) {
        return content.prefHeight(w / s) * s <= h + 0.5;
    }

    /** The least scale allowed here: the minimum on screen, divided by any zoom around the pane. */
    private double smallestScale() {
        double outer = getLocalToSceneTransform().getMxx();
        return Math.min(1, minScale.get() / (outer > 0 ? outer : 1));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = scaleFor(w, h);
        scale.setX(s);
        scale.setY(s);
        shownScale.set(s);
        content.resizeRelocate(snappedLeftInset(), snappedTopInset(), w / s, h / s);
    }

    /** Its height depends on its width (a wider pane scales less, and wrapped texts get shorter). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset())
                + snappedTopInset() + snappedBottomInset();
    }

    /** Down to the smallest scale: below that a scroll pane around gives the rest. */
    @Override
    protected double computeMinWidth(double height) {
        // whole pixels, down: a fraction over the viewport would make the scroll pane scroll by it
        return Math.floor(content.prefWidth(-1) * smallestScale()) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        double min = smallestScale();
        double w = width < 0 ? content.prefWidth(-1) : width / min;
        return Math.floor(content.prefHeight(w) * min) + snappedTopInset() + snappedBottomInset();
    }
}
