package org.proclab;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.proclab.i18n.Messages;
import org.proclab.ui.i18n.CjkFonts;

/**
 * The window that says what ProcLab is missing at start ({@link StartupCheck}), shown instead of the main
 * window: one sentence per missing thing, and a button that ends the app. A top-level window of its own
 * rather than an {@code Alert}: with no window to belong to, an alert may never be drawn.
 */
final class StartupProblemsDialog {
    private StartupProblemsDialog() {}

    /** Makes {@code stage} the dialog: its title, the sentences, and Close, which closes the stage. */
    static void fill(Stage stage, List<String> sentences, ResourceBundle b) {
        ButtonType close = new ButtonType(Messages.text(b, "startup.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane pane = new DialogPane();
        pane.getStyleClass().addAll("alert", "error", "startup-dialog"); // the error sign, as an error alert has
        pane.getStylesheets().add(StartupProblemsDialog.class.getResource("/styles/startup-dialog.css").toExternalForm());
        pane.setHeaderText(Messages.text(b, "startup.header"));
        VBox lines = new VBox(10);
        lines.getStyleClass().add("startup-problems");
        for (String s : sentences) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setPrefWidth(520); // wrapped at this width, and as tall as its lines
            l.setMinHeight(Region.USE_PREF_SIZE);
            lines.getChildren().add(l);
        }
        pane.setContent(lines);
        pane.getButtonTypes().add(close);
        pane.setPrefWidth(560);
        Node closeButton = pane.lookupButton(close);
        closeButton.addEventFilter(ActionEvent.ACTION, e -> stage.close());
        if (Messages.supported(b.getLocale()).equals(Messages.CHINESE)) {
            // JavaFX's default font has no Chinese under a non-Chinese system locale
            CjkFonts.stylesheet().ifPresent(pane.getStylesheets()::add);
        }
        stage.setTitle(Messages.text(b, "startup.title"));
        var icon = StartupProblemsDialog.class.getResource("/icons/proclab.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setScene(new Scene(pane));
        stage.setResizable(false);
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
                    Stage stage = new Stage();
                    fill(stage, sentences, b);
                    stage.setOnHidden(e -> closed.countDown());
                    stage.show();
                } catch (RuntimeException e) {
                    closed.countDown();
                }
            });
            closed.await();
            Platform.exit();
            return true;
        } catch (RuntimeException | InterruptedException e) {
            return false;
        }
    }
}
