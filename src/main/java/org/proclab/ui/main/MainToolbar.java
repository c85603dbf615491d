package org.proclab.ui.main;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.proclab.kernel.StartMethod;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.spread.RepeatControls;
import org.proclab.ui.step.StepControls;

/** Run, Stop, Run ×N, the start method for the children (fork or spawn), and free / slow motion / step. */
final class MainToolbar extends ToolBar {
    MainToolbar(MainViewModel vm) {
        I18n i18n = vm.i18n();
        getStyleClass().add("main-toolbar");

        Button run = new Button();
        run.setId("run-button");
        run.getStyleClass().add("run-button");
        run.textProperty().bind(i18n.text("toolbar.run"));
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        run.setTooltip(tip(i18n, "toolbar.runTip"));

        Button stop = new Button();
        stop.setId("stop-button");
        stop.getStyleClass().add("stop-button");
        stop.textProperty().bind(i18n.text("toolbar.stop"));
        stop.disableProperty().bind(vm.canStopProperty().not());
        stop.setOnAction(e -> vm.stop());
        stop.setTooltip(tip(i18n, "toolbar.stopTip"));

        Label methodLabel = new Label();
        methodLabel.textProperty().bind(i18n.text("toolbar.startMethod"));
        ChoiceBox<StartMethod> method = new ChoiceBox<>(FXCollections.observableArrayList(StartMethod.values()));
        method.setId("start-method");
        method.valueProperty().bindBidirectional(vm.startMethodProperty());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartMethod m) {
                return m == null ? "" : m.id();
            }

            @Override
            public StartMethod fromString(String s) {
                return StartMethod.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            }
        });
        method.disableProperty().bind(vm.canStopProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("toolbar.startMethodTip"));
        method.setTooltip(tip);

        Label lesson = new Label();
        lesson.getStyleClass().add("toolbar-lesson");
        lesson.textProperty().bind(Bindings.createStringBinding(
                () -> vm.editingProperty().get() ? i18n.get("playground.heading", vm.playground().fileNameProperty().get())
                        : vm.lessons().getSelected() == null ? "" : vm.lessons().getSelected().title(i18n.getLocale()),
                vm.lessons().selectedProperty(), i18n.localeProperty(), vm.editingProperty(), vm.playground().fileNameProperty()));

        StepControls steps = new StepControls(vm.scheduler(), i18n);
        steps.setId("step-controls");

        RepeatControls repeat = new RepeatControls(vm.outcomes(), vm.canRepeatProperty(), vm::runRepeated, i18n);

        getItems().addAll(run, stop, repeat, new Separator(), methodLabel, method, new Separator(), steps, new Separator(), lesson);
        getItems().forEach(MainToolbar::clickOnly);
    }

    /**
     * A click on a toolbar button leaves the focus where it was: a button that kept it would answer a
     * later Enter or Space meant for the prediction card or the steps (Enter once started "Run ×10").
     * The keyboard has its shortcuts for them (F5, Shift+F5, F6, Space).
     */
    private static void clickOnly(Node n) {
        if (n instanceof ButtonBase b) {
            b.setFocusTraversable(false);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(MainToolbar::clickOnly);
        }
    }

    private static Tooltip tip(I18n i18n, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        return t;
    }
}
