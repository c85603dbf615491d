package org.proclab.ui.main;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.present.PresentationModel;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;

/**
 * The run's state, the main process's exit code, who stopped it, any error, a progress bar while a trace
 * file is read or written, the event count and the zoom.
 */
final class StatusBar extends HBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    StatusBar(RunViewModel run, I18n i18n, PresentationModel view, org.proclab.ui.timeline.TraceActions files) {
        getStyleClass().add("status-bar");

        Label state = new Label();
        state.setId("status-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(run, i18n),
                run.stateProperty(), run.stoppedByProperty(), i18n.localeProperty()));

        Label exit = new Label();
        exit.setId("status-exit-code");
        exit.textProperty().bind(Bindings.createStringBinding(
                () -> run.exitCodeProperty().get() == null ? "" : i18n.get("status.exitCode", run.exitCodeProperty().get().toString()),
                run.exitCodeProperty(), i18n.localeProperty()));
        exit.visibleProperty().bind(run.exitCodeProperty().isNotNull());
        exit.managedProperty().bind(exit.visibleProperty());
        run.exitCodeProperty().addListener((o, a, b) -> exit.pseudoClassStateChanged(FAILED, b != null && b != 0));

        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(run.errorProperty());
        error.visibleProperty().bind(run.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("status-file-progress");
        progress.progressProperty().bind(files.progressProperty());
        progress.setPrefWidth(140);
        Label working = new Label();
        working.textProperty().bind(i18n.text("trace.working"));
        HBox fileWork = new HBox(6, working, progress);
        fileWork.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        fileWork.visibleProperty().bind(files.busyProperty());
        fileWork.managedProperty().bind(fileWork.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label events = new Label();
        events.setId("status-events");
        events.getStyleClass().add("status-events");
        events.textProperty().bind(i18n.textOf("status.events", run.eventCountProperty().asString()));

        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.getStyleClass().add("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("status.zoom", view.zoomPercent()),
                view.zoomProperty(), i18n.localeProperty()));

        getChildren().addAll(state, exit, error, spacer, fileWork, events, zoom);
    }

    private static String stateText(RunViewModel run, I18n i18n) {
        RunState s = run.getState();
        String by = run.stoppedByProperty().get();
        if (by != null && (s == RunState.FINISHED || s == RunState.STOPPING)) {
            return i18n.get("status.stoppedBy", i18n.get("stoppedBy." + by.replace(' ', '-')));
        }
        return i18n.get("status." + s.id());
    }
}
