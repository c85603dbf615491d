package org.proclab.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.main.ViewsRehearsal;
import org.proclab.ui.present.PresentationShell;

/**
 * The ProcLab desktop app: one main window, which fits the screen it opens on and comes back as it was
 * left (size, lesson, language, zoom: see {@link AppPrefs}); closing it ends every process of the run.
 */
public class ProcLabApp extends Application {
    private MainViewModel vm;

    public static void launchApp(String[] args) {
        Application.launch(ProcLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPrefs prefs = AppPrefs.forUser();
        Locale language = prefs.language();
        vm = new MainViewModel(LessonCatalog.builtIn(), language != null ? language : I18n.systemDefault());
        // a bug in a view must not take the app (and its processes) down: a sentence in the status bar, the rest in the log
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> vm.unexpected(e));
        MainWindow window = new MainWindow(vm, Platform::exit);
        restoreLesson(window, prefs);
        window.presentation().setZoom(prefs.zoom(1.0));
        window.pythonTwin().setShown(prefs.pythonTwin());
        vm.playground().setArgumentsMemory(prefs.programArguments()); // each program's arguments, between starts
        remember(window, prefs);

        // the shell zooms the window, lays the shortcuts help over it and handles the keys
        PresentationShell shell = new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n());
        Rectangle2D bounds = place(stage, prefs.window());
        // sized from the start: the split panes keep their first proportions, so they must be the real ones
        stage.setScene(new Scene(shell, bounds.getWidth(), bounds.getHeight()));
        ViewsRehearsal.play(vm, shell); // the first run then draws as smoothly as the next
        stage.titleProperty().bind(vm.i18n().text("app.title"));
        // kept as it moves, so that even an app ended by a signal comes back where it was
        javafx.beans.InvalidationListener moved = o -> {
            if (stage.isShowing() && !stage.isFullScreen() && !stage.isMaximized()) {
                prefs.setWindow(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        };
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener(moved);
        }
        // unsaved work in the editor is never lost silently: closing the window asks first
        stage.setOnCloseRequest(e -> {
            if (vm.playground().isDirty()) {
                e.consume();
                vm.whenProgramMayGo(stage::close);
            }
        });
        stage.setOnHidden(e -> {
            prefs.flush();
            vm.close();
        });
        // Ctrl-C or SIGTERM to the app: still end the run's processes on the way out
        MainViewModel closing = vm;
        Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "proclab-ui-close"));
        stage.show();
    }

    /** Inside the visual bounds of a screen (the bounds include the window's decorations). */
    private static Rectangle2D place(Stage stage, Rectangle2D last) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D b = WindowPlacement.fit(last, screens, Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, b.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, b.getHeight()));
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        return b;
    }

    /** The lesson chosen last time, if it still exists; else the first. */
    private static void restoreLesson(MainWindow window, AppPrefs prefs) {
        var lessons = window.lessonPane();
        lessons.select(prefs.lesson(), prefs.variant());
        if (lessons.tree().getSelectionModel().isEmpty() && !lessons.tree().getRoot().getChildren().isEmpty()) {
            lessons.tree().getSelectionModel().select(lessons.tree().getRoot().getChildren().get(0));
        }
    }

    /** Keeps the language, the lesson, the zoom (not presentation mode's own) and the twin's toggle as they change. */
    private void remember(MainWindow window, AppPrefs prefs) {
        vm.i18n().localeProperty().addListener((o, a, l) -> prefs.setLanguage(l));
        window.pythonTwin().shownProperty().addListener((o, a, shown) -> prefs.setPythonTwin(shown));
        vm.lessons().selectedProperty().addListener((o, a, e) -> {
            if (e != null) {
                prefs.setLesson(e.lesson().id(), e.variant() == null ? null : e.variant().id());
            }
        });
        window.presentation().zoomProperty().addListener((o, a, z) -> {
            if (!window.presentation().presentingProperty().get()) {
                prefs.setZoom(z.doubleValue());
            }
        });
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
    }
}
