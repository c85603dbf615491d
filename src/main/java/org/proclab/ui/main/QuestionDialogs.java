package org.proclab.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;

/**
 * Asks what the view model must know first (stop the running lesson? run without predicting?) in a dialog,
 * in the window's language; the answer goes back to the view model. Enter keeps things as they are.
 */
final class QuestionDialogs {
    private final MainViewModel vm;
    private final Node owner;
    private final Runnable backToTheCard;
    private Dialog<ButtonType> open;

    /**
     * @param owner         a node of the window the dialog belongs to
     * @param backToTheCard brings the prediction card forward when the student chose to predict first
     */
    QuestionDialogs(MainViewModel vm, Node owner, Runnable backToTheCard) {
        this.vm = vm;
        this.owner = owner;
        this.backToTheCard = backToTheCard;
    }

    /** Asks {@code q} unless it is no longer the open question, or a dialog already asks. */
    void ask(Question q) {
        if (vm.questionProperty().get() != q || open != null) {
            return;
        }
        I18n i18n = vm.i18n();
        String key = "question." + q.kind().id();
        ButtonType yes = new ButtonType(i18n.get(key + ".yes"), ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(i18n.get(key + ".no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get(key + ".title"));
        d.setHeaderText(i18n.get(key + ".title"));
        d.setContentText(i18n.get(key + ".text"));
        d.getDialogPane().getButtonTypes().setAll(yes, no);
        d.getDialogPane().setId("question-dialog");
        d.getDialogPane().getStyleClass().add("question-" + q.kind().id());
        CjkFonts.stylesheet().filter(css -> I18n.CHINESE.equals(i18n.getLocale()))
                .ifPresent(d.getDialogPane().getStylesheets()::add);
        Button yesButton = (Button) d.getDialogPane().lookupButton(yes);
        Button noButton = (Button) d.getDialogPane().lookupButton(no);
        yesButton.setId("question-yes");
        noButton.setId("question-no");
        yesButton.setDefaultButton(false);
        noButton.setDefaultButton(true); // Enter keeps things as they are; only a deliberate choice drops them
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
        open = d;
        d.setOnHidden(ev -> {
            open = null;
            boolean chosen = d.getResult() == yes;
            vm.answer(chosen);
            if (!chosen && q.kind() == Question.Kind.RUN_WITHOUT_PREDICTING) {
                backToTheCard.run(); // the student answers now
            }
        });
        d.show();
    }

    /** The dialog asking the open question, or null. */
    Dialog<ButtonType> open() {
        return open;
    }
}
