package org.proclab.ui.narration.skin;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Text;
import org.proclab.ui.narration.NarrationPanel;

/** A heading, then the lines said so far, the last one marked current; scrolls to the newest. */
public class NarrationPanelSkin extends SkinBase<NarrationPanel> {
    private final VBox linesBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(linesBox);
    private final InvalidationListener rebuild = o -> rebuild();

    private VBox root;

    public NarrationPanelSkin(NarrationPanel panel) {
        super(panel);
        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(panel.i18n().text("narration.heading"));
        linesBox.getStyleClass().add("lines");
        linesBox.heightProperty().addListener(o -> scroll.setVvalue(1.0)); // the newest line in view, after layout
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lines-scroll");
        root = new VBox(heading, scroll);
        root.getStyleClass().add("narration-box");
        getChildren().add(root);
        panel.model().lines().addListener((ListChangeListener<Text>) c -> rebuild());
        panel.i18n().localeProperty().addListener(rebuild);
        rebuild();
    }

    private void rebuild() {
        List<Text> lines = getSkinnable().model().lines();
        var locale = getSkinnable().i18n().getLocale();
        linesBox.getChildren().clear();
        if (lines.isEmpty()) {
            Label none = new Label(getSkinnable().i18n().get("narration.none"));
            none.getStyleClass().add("placeholder");
            none.setWrapText(true);
            linesBox.getChildren().add(none);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            Label l = new Label(lines.get(i).in(locale));
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.getStyleClass().add("line");
            l.pseudoClassStateChanged(NarrationPanel.CURRENT, i == lines.size() - 1);
            linesBox.getChildren().add(l);
        }
    }

    // wrapped lines need the width inside the padding, or the control asks for too little height
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return root.prefHeight(width < 0 ? -1 : width - left - right) + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return root.minHeight(width < 0 ? -1 : width - left - right) + top + bottom;
    }
}
