package org.proclab.ui.present;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ObservableList;

/**
 * Menus, choice lists and tooltips open in windows of their own, outside the zoomed pane: a generated
 * stylesheet sets their font size to the zoom, so a menu on a projector is as readable as the window.
 */
final class PopupZoom {
    private static final double BASE_FONT = 13; // app.css's size for the main window

    private PopupZoom() {}

    /** Keeps a stylesheet in {@code sheets} that scales popups by the zoom. */
    static void follow(ObservableDoubleValue zoom, ObservableList<String> sheets) {
        String[] current = {null};
        Runnable apply = () -> {
            if (current[0] != null) {
                sheets.remove(current[0]);
            }
            current[0] = stylesheet(zoom.get());
            sheets.add(current[0]);
        };
        zoom.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    static String stylesheet(double zoom) {
        String css = String.format(Locale.ROOT, ".context-menu, .tooltip { -fx-font-size: %.1fpx; }", BASE_FONT * zoom);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
