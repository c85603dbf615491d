package org.proclab.ui.present;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.proclab.ui.i18n.I18n;

/**
 * The shortcuts help: a translucent layer over the window listing every shortcut in two columns (the
 * run and timeline; the view), in the window's language and at its zoom. Esc, F1 or a click closes it.
 */
public final class HelpOverlay extends StackPane {
    private static final double BASE_FONT = 14;

    public HelpOverlay(Shortcuts shortcuts, PresentationModel view, I18n i18n) {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        getStylesheets().add(HelpOverlay.class.getResource("/styles/present.css").toExternalForm());

        Label title = text(i18n, "help.title", "help-title");
        HBox columns = new HBox(36, column(shortcuts, Shortcut.Group.RUN, "help.run", i18n),
                column(shortcuts, Shortcut.Group.VIEW, "help.view", i18n));
        Label hint = text(i18n, "help.close", "help-hint");
        VBox card = new VBox(14, title, columns, hint);
        card.getStyleClass().add("help-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);

        visibleProperty().bind(view.helpShownProperty());
        managedProperty().bind(visibleProperty());
        setOnMouseClicked(e -> view.helpShownProperty().set(false));
        // the help is all text: it follows the zoom through its font size
        styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * view.getZoom()), view.zoomProperty()));
    }

    private static VBox column(Shortcuts shortcuts, Shortcut.Group group, String headingKey, I18n i18n) {
        GridPane rows = new GridPane();
        rows.getStyleClass().add("help-rows");
        int r = 0;
        for (Shortcut s : shortcuts.group(group)) {
            Label keys = new Label(s.keyText());
            keys.getStyleClass().add("help-key");
            keys.setId("help-key-" + s.id());
            Label what = text(i18n, s.messageKey(), "help-text");
            what.setId("help-text-" + s.id());
            rows.addRow(r++, keys, what);
        }
        return new VBox(8, text(i18n, headingKey, "help-heading"), rows);
    }

    private static Label text(I18n i18n, String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add(styleClass);
        return l;
    }
}
