package org.proclab.ui.main;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.PredictionCard;
import org.proclab.ui.present.ShortcutKeys;

/**
 * The window's own keys, wherever the focus is (a filter on its scene): Space lets the oldest waiting
 * operation run; while the prediction card asks, 1–4 and Enter are its keys. A text field keeps its keys.
 */
final class WindowKeys implements EventHandler<KeyEvent> {
    private final MainViewModel vm;
    private final Supplier<PredictionCard> card;
    private final ObservableBooleanValue cardShown;
    private final Node window;

    WindowKeys(MainViewModel vm, Supplier<PredictionCard> card, ObservableBooleanValue cardShown, Node window) {
        this.vm = vm;
        this.card = card;
        this.cardShown = cardShown;
        this.window = window;
    }

    @Override
    public void handle(KeyEvent e) {
        spaceSteps(e);
        predictionKeys(e);
    }

    private Node focus() {
        return window.getScene() == null ? null : window.getScene().getFocusOwner();
    }

    /** Space lets the oldest waiting operation run, while a run is stepped or in slow motion (not while typing). */
    private void spaceSteps(KeyEvent e) {
        boolean typing = window.getScene() != null && ShortcutKeys.typesText(focus());
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown() && !typing
                && vm.scheduler().getMode() != Scheduler.Mode.FREE && vm.canStopProperty().get()) {
            vm.scheduler().step();
            e.consume(); // not also a click on whatever has the focus
        }
    }

    /**
     * While the card asks its question, 1–4 and Enter are its keys wherever the focus is (the lesson list,
     * the timeline...), and Enter never presses a button behind the student's back. Before a choice is made,
     * Enter stays with the control that has the focus (the event list moves the timeline with it), unless
     * that is a button.
     */
    private void predictionKeys(KeyEvent e) {
        NarrationModel m = vm.narration();
        Node focus = focus();
        if (!m.isAsking() || card.get() == null || !cardShown.get()
                || ShortcutKeys.typesText(focus) || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            if (m.chosenProperty().get() >= 0) {
                m.confirm();
                e.consume();
            } else if (focus instanceof javafx.scene.control.ButtonBase) {
                e.consume(); // nothing to confirm yet, and not a click either
            }
            return;
        }
        int d = PredictionCard.choiceKey(e);
        if (d >= 0) {
            m.choose(d);
            e.consume();
        }
    }
}
