package org.proclab.ui.present;

import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.proclab.ui.i18n.I18n;

/**
 * The scene's root around the main window: zooms it (also with Ctrl + wheel), puts the shortcuts help
 * over it, runs the shortcuts from the keyboard, applies the theme and keeps the stage's full screen in
 * step with the model. On entering full screen it says, for a few seconds and in the bottom corner over the
 * status bar (not over the diagram, where JavaFX's own hint would be), how to leave it.
 */
public final class PresentationShell extends StackPane {
    private static final String HIGH_CONTRAST_CLASS = "high-contrast";

    private final ZoomPane zoom;
    private final HelpOverlay help;
    private final javafx.scene.control.Label toast = new javafx.scene.control.Label();
    private final javafx.animation.PauseTransition toastTime = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
    private final PresentationModel view;
    private final ChangeListener<Boolean> stageFullScreen; // Esc or the window manager left full screen
    private Stage stage;

    public PresentationShell(Parent window, PresentationModel view, Shortcuts shortcuts, I18n i18n) {
        this.view = view;
        this.stageFullScreen = (o, a, b) -> {
            view.fullScreenProperty().set(b);
            if (b) {
                showFullScreenHint();
            } else {
                toast.setVisible(false);
            }
        };
        setId("presentation-shell");
        getStyleClass().add("presentation-shell");
        getStylesheets().add(PresentationShell.class.getResource("/styles/present.css").toExternalForm());
        zoom = new ZoomPane(window, view.zoomProperty());
        zoom.setId("zoom-pane");
        help = new HelpOverlay(shortcuts, view, i18n);
        toast.setId("full-screen-toast");
        toast.getStyleClass().add("full-screen-toast");
        toast.textProperty().bind(i18n.text("present.fullScreenHint"));
        toast.setMouseTransparent(true);
        toast.setVisible(false);
        StackPane.setAlignment(toast, javafx.geometry.Pos.BOTTOM_RIGHT);
        toastTime.setOnFinished(e -> toast.setVisible(false));
        getChildren().addAll(zoom, help, toast);

        new ShortcutKeys(shortcuts, view).install(this);
        addEventFilter(ScrollEvent.SCROLL, e -> { // Ctrl + wheel zooms, as in a browser
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    view.zoomIn();
                } else {
                    view.zoomOut();
                }
                e.consume();
            }
        });
        view.themeProperty().addListener((o, a, b) -> applyTheme(window.getStylesheets(), a, b));
        applyTheme(window.getStylesheets(), null, view.themeProperty().get());
        PopupZoom.follow(view.zoomProperty(), window.getStylesheets());
        // presentation mode zooms for the screen the window is on (full screen will fill it)
        view.setScreenWidth(() -> {
            if (stage != null) {
                var screens = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                return (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getBounds().getWidth();
            }
            return getScene() == null ? PresentationModel.DESIGN_WIDTH : getScene().getWidth();
        });
        view.fullScreenProperty().addListener((o, a, b) -> {
            if (stage != null && stage.isFullScreen() != b) {
                stage.setFullScreen(b);
            }
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, x, now) -> attach(now));
                attach(scene.getWindow());
            }
        });
    }

    /** The theme's stylesheet goes after app.css and the controls' own ones, so its colours win. */
    private void applyTheme(ObservableList<String> sheets, Theme was, Theme now) {
        if (was != null && was.stylesheet() != null) {
            sheets.remove(was.stylesheet());
        }
        if (now != null && now.stylesheet() != null) {
            sheets.add(now.stylesheet());
        }
        getStyleClass().remove(HIGH_CONTRAST_CLASS);
        if (now == Theme.HIGH_CONTRAST) {
            getStyleClass().add(HIGH_CONTRAST_CLASS);
        }
    }

    /** Says how to leave full screen, for a few seconds. */
    void showFullScreenHint() {
        toast.setVisible(true);
        toastTime.playFromStart();
    }

    /** The hint shown on entering full screen (visible only for a few seconds). */
    public javafx.scene.control.Label fullScreenHint() {
        return toast;
    }

    private void attach(Window w) {
        if (stage != null) {
            stage.fullScreenProperty().removeListener(stageFullScreen);
        }
        stage = w instanceof Stage s ? s : null;
        if (stage != null) {
            stage.setFullScreenExitHint(""); // ours, in the corner: JavaFX's sits over the middle of the diagram
            stage.fullScreenProperty().addListener(stageFullScreen);
            if (view.fullScreenProperty().get() != stage.isFullScreen()) {
                stage.setFullScreen(view.fullScreenProperty().get());
            }
        }
    }

    public ZoomPane zoomPane() {
        return zoom;
    }

    public HelpOverlay helpOverlay() {
        return help;
    }

    public PresentationModel model() {
        return view;
    }
}
