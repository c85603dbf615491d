package org.proclab;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.proclab.i18n.Messages;
import org.proclab.ui.i18n.CjkFonts;

/**
 * The dialog that says what ProcLab is missing at start ({@link StartupCheck}), shown instead of the main
 * window: one sentence per missing thing, and a button that ends the app.
 */
final class StartupProblemsDialog {
    private StartupProblemsDialog() {}

    /** The dialog, not yet shown. */
    static Alert build(List<String> sentences, ResourceBundle b) {
        ButtonType close = new ButtonType(Messages.text(b, "startup.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", close);
        alert.setTitle(Messages.text(b, "startup.title"));
        alert.setHeaderText(Messages.text(b, "startup.header"));
        VBox lines = new VBox(10);
        lines.getStyleClass().add("startup-problems");
        for (String s : sentences) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMaxWidth(520);
            lines.getChildren().add(l);
        }
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().setMinWidth(560);
        if (Messages.supported(b.getLocale()).equals(Messages.CHINESE)) {
            // JavaFX's default font has no Chinese under a non-Chinese system locale
            CjkFonts.stylesheet().ifPresent(alert.getDialogPane().getStylesheets()::add);
        }
        var icon = StartupProblemsDialog.class.getResource("/icons/proclab.png");
        if (icon != null) {
            ((Stage) alert.getDialogPane().getScene().getWindow()).getIcons().add(new Image(icon.toExternalForm()));
        }
        return alert;
    }

    /**
     * Starts JavaFX, shows the dialog and returns once it is closed; false if no window can be opened
     * (no display), in which case the sentences printed on the error output are all the user gets.
     */
    static boolean showAndWait(List<String> sentences, ResourceBundle b) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                try {
                    build(sentences, b).showAndWait();
                } finally {
                    closed.countDown();
                    Platform.exit();
                }
            });
            closed.await();
            return true;
        } catch (RuntimeException | InterruptedException e) {
            return false;
        }
    }
}
