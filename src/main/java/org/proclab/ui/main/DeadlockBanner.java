package org.proclab.ui.main;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.DeadlockStory;
import org.proclab.ui.model.DeadlockReport;

/**
 * The red banner at the top of the centre area once the kernel reports a deadlock: who waits in which call
 * on which object, and which handle keeps it so, told from the folds ({@link DeadlockStory}) in the UI
 * language. The run goes on so the student can look around; Stop ends it (the hint says so only while the
 * run is live, not for a replayed trace). Hide puts the banner away until the next report.
 */
final class DeadlockBanner extends VBox {
    private final Label explanation = new Label();
    private final I18n i18n;
    private final ObservableValue<DeadlockStory> story;
    private DeadlockReport hidden;

    DeadlockBanner(ObservableValue<DeadlockReport> deadlock, ObservableValue<DeadlockStory> story,
                   javafx.beans.binding.BooleanExpression live, I18n i18n) {
        this.story = story;
        setId("deadlock-banner");
        getStyleClass().add("deadlock-banner");

        Region icon = new Region(); // a drawn stop sign: the glyph is missing from many fonts
        icon.getStyleClass().add("deadlock-icon");
        Label title = new Label();
        title.setId("deadlock-title");
        title.getStyleClass().add("deadlock-title");
        title.textProperty().bind(i18n.text("deadlock.title"));
        title.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button hide = new Button();
        hide.setId("deadlock-hide");
        hide.getStyleClass().add("deadlock-hide");
        hide.textProperty().bind(i18n.text("deadlock.hide"));
        hide.setFocusTraversable(false);
        hide.setOnAction(e -> {
            hidden = deadlock.getValue();
            show(null);
        });
        HBox head = new HBox(8, icon, title, spacer, hide);
        head.setAlignment(Pos.CENTER_LEFT);

        explanation.setId("deadlock-explanation");
        explanation.getStyleClass().add("deadlock-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE); // all of it: it is the point of the banner
        Label hint = new Label();
        hint.getStyleClass().add("deadlock-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.text("deadlock.hint"));
        hint.visibleProperty().bind(live);
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(head, explanation, hint);

        managedProperty().bind(visibleProperty());
        this.i18n = i18n;
        deadlock.addListener((o, a, d) -> show(d == hidden ? null : d));
        i18n.localeProperty().addListener((o, a, b) -> show(isVisible() ? deadlock.getValue() : null));
        // the story is told once the folds have the DEADLOCK event, just after the report
        story.addListener((o, a, b) -> show(isVisible() ? deadlock.getValue() : null));
        show(deadlock.getValue());
    }

    private void show(DeadlockReport d) {
        DeadlockStory s = story.getValue();
        explanation.setText(d == null || s == null || s.seq() != d.seq() ? "" : s.text(i18n.getBundle()));
        setVisible(d != null);
    }

    /** The explanation as shown, or "" while hidden. */
    String explanation() {
        return explanation.getText();
    }
}
