package org.proclab.ui.eventlog;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;

/** The event log under its heading, with the filter that shows the periodic CPU-time reports. */
public final class EventLogPane extends VBox {
    public EventLogPane(EventLogView log, I18n i18n) {
        getStyleClass().add("event-log-pane");
        Label title = new Label();
        title.textProperty().bind(i18n.text("eventlog.heading"));
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        CheckBox cpu = new CheckBox();
        cpu.setId("event-log-cpu");
        cpu.getStyleClass().add("event-filter");
        cpu.textProperty().bind(i18n.text("eventlog.showCpu"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("eventlog.showCpuTip"));
        cpu.setTooltip(tip);
        cpu.setFocusTraversable(false);
        cpu.selectedProperty().bindBidirectional(log.showCpuTimeProperty());
        HBox heading = new HBox(8, title, cpu);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("pane-title");
        // the list holds the last rows up to the shown event: say so when there are earlier ones
        Label earlier = new Label();
        earlier.setId("event-log-earlier");
        earlier.getStyleClass().add("event-log-earlier");
        earlier.setWrapText(true);
        earlier.setMinHeight(Region.USE_PREF_SIZE); // the whole sentence, on two lines in a narrow pane
        earlier.setMaxWidth(Double.MAX_VALUE);
        earlier.textProperty().bind(i18n.textOf("eventlog.earlier", log.earlierProperty()));
        earlier.visibleProperty().bind(log.earlierProperty().greaterThan(0));
        earlier.managedProperty().bind(earlier.visibleProperty());
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(heading, earlier, log);
    }
}
