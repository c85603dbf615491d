package org.proclab.ui.step;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.run.SchedulerViewModel;

/**
 * The toolbar's scheduler controls: free / slow motion / step as one segmented choice, the slow-motion
 * rate, and Step (Space) which lets the oldest pending operation run.
 */
public final class StepControls extends HBox {
    private final SegmentedButton modes;

    public StepControls(SchedulerViewModel vm, I18n i18n) {
        super(8);
        getStyleClass().add("step-controls");
        setAlignment(Pos.CENTER_LEFT);

        ToggleButton free = mode(Scheduler.Mode.FREE, "step.free", "step.freeTip", i18n);
        ToggleButton slow = mode(Scheduler.Mode.SLOW, "step.slow", "step.slowTip", i18n);
        ToggleButton step = mode(Scheduler.Mode.STEP, "step.step", "step.stepTip", i18n);
        modes = new SegmentedButton(free, slow, step);
        modes.setId("scheduler-mode");
        modes.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always chosen
            } else {
                vm.setMode((Scheduler.Mode) now.getUserData());
            }
        });
        vm.modeProperty().addListener((o, a, m) -> select(m));
        select(vm.getMode());

        Slider rate = new Slider(SchedulerViewModel.MIN_RATE, SchedulerViewModel.MAX_RATE, vm.rateProperty().get());
        rate.setId("slow-rate");
        rate.setPrefWidth(110);
        rate.valueProperty().bindBidirectional(vm.rateProperty());
        Label rateText = new Label();
        rateText.setId("slow-rate-text");
        rateText.getStyleClass().add("rate-text");
        rateText.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("step.rate", String.format(i18n.getLocale(), "%.1f", vm.rateProperty().get())),
                vm.rateProperty(), i18n.localeProperty()));
        HBox rateBox = new HBox(4, rate, rateText);
        rateBox.setId("slow-rate-box");
        rateBox.setAlignment(Pos.CENTER_LEFT);
        rateBox.visibleProperty().bind(vm.modeProperty().isEqualTo(Scheduler.Mode.SLOW));
        rateBox.managedProperty().bind(rateBox.visibleProperty());

        Button stepButton = new Button();
        stepButton.setId("step-button");
        stepButton.getStyleClass().add("step-button");
        stepButton.textProperty().bind(i18n.text("step.stepOnce"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("step.stepOnceTip"));
        stepButton.setTooltip(tip);
        stepButton.setFocusTraversable(false);
        stepButton.disableProperty().bind(vm.modeProperty().isEqualTo(Scheduler.Mode.FREE)
                .or(Bindings.isEmpty(vm.pending())));
        stepButton.setOnAction(e -> vm.step());

        getChildren().addAll(modes, rateBox, stepButton);
    }

    private static ToggleButton mode(Scheduler.Mode m, String key, String tipKey, I18n i18n) {
        ToggleButton b = new ToggleButton();
        b.setId("mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
        b.setUserData(m);
        b.textProperty().bind(i18n.text(key));
        b.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        b.setTooltip(tip);
        return b;
    }

    private void select(Scheduler.Mode m) {
        modes.getButtons().forEach(b -> b.setSelected(b.getUserData() == m));
    }

    public SegmentedButton modes() {
        return modes;
    }
}
