package org.proclab.ui.spread;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.ui.i18n.I18n;

/**
 * The "Outcomes" tab: what was run and how far the runs are (progress, Cancel), above the
 * {@link OutcomeSpreadView}. Binds to an {@link OutcomesViewModel}; the student's choice comes from the
 * narration's prediction card.
 */
public final class OutcomesPane extends BorderPane {
    private final OutcomeSpreadView view = new OutcomeSpreadView();

    /** {@code chosen}: the student's choice of the prediction, -1 for none. */
    public OutcomesPane(OutcomesViewModel vm, ObservableIntegerValue chosen, I18n i18n) {
        getStyleClass().add("outcomes-pane");
        getStylesheets().add(OutcomesPane.class.getResource("/styles/outcome-spread.css").toExternalForm());
        view.setId("outcome-spread");
        view.spreadProperty().bind(vm.spreadProperty());
        view.predictionProperty().bind(vm.predictionProperty());
        view.chosenProperty().bind(chosen);
        view.localeProperty().bind(i18n.localeProperty());

        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(vm.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("outcomes-progress");
        progress.progressProperty().bind(Bindings.createDoubleBinding(
                () -> vm.totalProperty().get() == 0 ? 0 : vm.doneProperty().get() / (double) vm.totalProperty().get(),
                vm.doneProperty(), vm.totalProperty()));
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("outcomes-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> status(vm, i18n),
                vm.runningProperty(), vm.doneProperty(), vm.totalProperty(), vm.cancelledProperty(),
                vm.failureProperty(), i18n.localeProperty()));
        Button cancel = new Button();
        cancel.setId("outcomes-cancel");
        cancel.textProperty().bind(i18n.text("outcomes.cancel"));
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, progress, status, cancel);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("outcomes-header");

        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("outcomes-scroll");
        setTop(header);
        setCenter(scroll);
    }

    private static String status(OutcomesViewModel vm, I18n i18n) {
        if (vm.failureProperty().get() != null) {
            return i18n.get("outcomes.failed", vm.failureProperty().get());
        }
        if (vm.runningProperty().get()) {
            return i18n.get("outcomes.progress", Math.min(vm.doneProperty().get() + 1, vm.totalProperty().get()),
                    vm.totalProperty().get());
        }
        if (vm.cancelledProperty().get()) {
            return i18n.get("outcomes.cancelled", vm.doneProperty().get(), vm.totalProperty().get());
        }
        return "";
    }

    public OutcomeSpreadView spreadView() {
        return view;
    }
}
