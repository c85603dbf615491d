package org.proclab.ui.present;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import org.proclab.ui.narration.PredictionCard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Runs the shortcuts from a scene's key filter, so they work wherever the focus is; except that plain
 * keys (letters, Space, [ ]) stay with a focused text field or prediction card. Esc closes the help.
 */
public final class ShortcutKeys implements EventHandler<KeyEvent> {
    private final Shortcuts shortcuts;
    private final PresentationModel view;

    public ShortcutKeys(Shortcuts shortcuts, PresentationModel view) {
        this.shortcuts = shortcuts;
        this.view = view;
    }

    /** Handles the keys of whatever scene {@code root} is in. */
    public void install(Node root) {
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, this);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this);
            }
        });
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this);
        }
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && view.helpShownProperty().get()) {
            view.helpShownProperty().set(false);
            e.consume();
            return;
        }
        Node focus = e.getSource() instanceof Scene s ? s.getFocusOwner() : null;
        for (Shortcut s : shortcuts.all()) {
            KeyCombination k = s.match(e);
            if (k == null) {
                continue;
            }
            if (s.action() == null || (Shortcut.isPlain(k) && keepsPlainKeys(focus))) {
                return;
            }
            s.action().run();
            e.consume();
            return;
        }
    }

    /** A text field types the letters; the prediction card answers with its own keys, until it is answered. */
    private static boolean keepsPlainKeys(Node focus) {
        if (typesText(focus)) {
            return true;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("prediction-card") && !n.getPseudoClassStates().contains(PredictionCard.CONFIRMED)
                    && !n.getPseudoClassStates().contains(PredictionCard.SKIPPED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the user is typing in {@code focus}: a text field, or an editable spinner (it keeps the focus
     * itself and hands the keys to its text field). Letters and Space are theirs then, not shortcuts.
     */
    public static boolean typesText(Node focus) {
        return focus instanceof TextInputControl || (focus instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area && area.isEditable())
                || (focus instanceof javafx.scene.control.Spinner<?> s && s.isEditable());
    }
}
