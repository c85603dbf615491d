package org.proclab.ui.spread;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.proclab.ui.i18n.I18n;

/** The toolbar's "Run ×N" button and the spinner that chooses N ({@value OutcomesViewModel#MIN_RUNS} to {@value OutcomesViewModel#MAX_RUNS}). */
public final class RepeatControls extends HBox {
    /** {@code canStart}: whether the selected lesson may be run now; {@code start} runs it N times. */
    public RepeatControls(OutcomesViewModel vm, ObservableBooleanValue canStart, Runnable start, I18n i18n) {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("repeat-controls");

        Button run = new Button();
        run.setId("repeat-button");
        run.textProperty().bind(i18n.textOf("outcomes.run", vm.countProperty()));
        run.disableProperty().bind(javafx.beans.binding.Bindings.not(canStart));
        run.setOnAction(e -> start.run());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.textOf("outcomes.runTip", vm.countProperty()));
        run.setTooltip(tip);

        Spinner<Integer> count = new Spinner<>();
        count.setId("repeat-count");
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                OutcomesViewModel.MIN_RUNS, OutcomesViewModel.MAX_RUNS, vm.countProperty().get());
        count.setValueFactory(f);
        count.setEditable(true);
        count.setPrefWidth(70);
        f.valueProperty().addListener((o, a, n) -> {
            if (n != null) {
                vm.countProperty().set(n);
            }
        });
        vm.countProperty().addListener((o, a, n) -> f.setValue(n.intValue()));
        count.disableProperty().bind(vm.runningProperty());
        Tooltip countTip = new Tooltip();
        countTip.textProperty().bind(i18n.text("outcomes.countTip"));
        count.setTooltip(countTip);

        getChildren().addAll(run, count);
    }
}
