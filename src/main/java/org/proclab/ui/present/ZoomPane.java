package org.proclab.ui.present;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Zooms everything inside it, as a browser does: the content is laid out in (width / s, height / s) and
 * drawn scaled by s, so views that draw with fixed pixel sizes grow with their text.
 */
public final class ZoomPane extends Region {
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ZoomPane(Node content, ObservableDoubleValue zoom) {
        this.content = content;
        getStyleClass().add("zoom-pane");
        getChildren().add(content);
        content.getTransforms().add(scale);
        zoom.addListener((o, a, b) -> setScale(b.doubleValue()));
        setScale(zoom.get());
    }

    private void setScale(double s) {
        scale.setX(s);
        scale.setY(s);
        requestLayout();
    }

    /** The scale applied to the content now. */
    public double scale() {
        return scale.getX();
    }

    public Node content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        double s = scale();
        // whole pixels after scaling, so text stays on the pixel grid
        content.resizeRelocate(0, 0, Math.floor(getWidth() / s), Math.floor(getHeight() / s));
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height < 0 ? height : height / scale()) * scale();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width < 0 ? width : width / scale()) * scale();
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height < 0 ? height : height / scale()) * scale();
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width < 0 ? width : width / scale()) * scale();
    }
}
