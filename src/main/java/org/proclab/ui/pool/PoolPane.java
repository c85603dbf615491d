package org.proclab.ui.pool;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.present.FitPane;

/** The Pool tab: the chosen pool's live slots above its timeline, and a chooser when a run has several pools. */
public final class PoolPane extends VBox {
    private final PoolSlotsView slots;
    private final PoolGanttView gantt;

    public PoolPane(PoolViewModel vm, I18n i18n) {
        getStyleClass().add("pool-pane");
        slots = new PoolSlotsView(vm.shownProperty());
        slots.setId("pool-slots");
        slots.localeProperty().bind(i18n.localeProperty());
        gantt = new PoolGanttView(vm.shownProperty());
        gantt.setId("pool-gantt");
        gantt.localeProperty().bind(i18n.localeProperty());

        Label pick = new Label();
        pick.textProperty().bind(i18n.text("pool.choose"));
        ChoiceBox<String> chooser = new ChoiceBox<>(vm.poolIds());
        chooser.setId("pool-chooser");
        chooser.valueProperty().bindBidirectional(vm.chosenProperty());
        HBox bar = new HBox(8, pick, chooser);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pool-chooser-bar");
        bar.visibleProperty().bind(Bindings.size(vm.poolIds()).greaterThan(1));
        bar.managedProperty().bind(bar.visibleProperty());

        ScrollPane slotsScroll = FitPane.scrolled(slots, "pool-scroll");
        Label timelineTitle = new Label();
        timelineTitle.textProperty().bind(i18n.text("gantt.heading"));
        timelineTitle.getStyleClass().add("pool-section-heading");
        timelineTitle.setMaxWidth(Double.MAX_VALUE);
        ScrollPane ganttScroll = FitPane.scrolled(gantt, "pool-scroll");
        VBox timeline = new VBox(timelineTitle, ganttScroll);
        VBox.setVgrow(ganttScroll, Priority.ALWAYS);

        // the timeline as tall as its rows need, the slots the rest: both drawn whole, scaled if need be
        ganttScroll.setMinHeight(Region.USE_PREF_SIZE);
        slotsScroll.setPrefHeight(120); // asks little, so the rows keep their height; it grows into the rest
        VBox.setVgrow(slotsScroll, Priority.ALWAYS);
        VBox.setVgrow(timeline, Priority.NEVER);
        // before any pool the slots' hint says it all: no second one under the timeline's heading
        timeline.visibleProperty().bind(vm.shownProperty().isNotNull());
        timeline.managedProperty().bind(timeline.visibleProperty());
        getChildren().addAll(bar, slotsScroll, timeline);
    }

    public PoolSlotsView slots() {
        return slots;
    }

    public PoolGanttView gantt() {
        return gantt;
    }
}
