package org.proclab.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.proclab.lesson.LessonCatalog;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.main.MainViewModel;
import org.proclab.ui.main.MainWindow;
import org.proclab.ui.present.PresentationShell;

/** The ProcLab desktop app: one main window; closing it ends every process of the run. */
public class ProcLabApp extends Application {
    private MainViewModel vm;

    public static void launchApp(String[] args) {
        Application.launch(ProcLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(LessonCatalog.builtIn(), I18n.systemDefault());
        // a bug in a view must not take the app (and its processes) down: a sentence in the status bar, the rest in the log
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> vm.unexpected(e));
        MainWindow window = new MainWindow(vm, Platform::exit);
        if (!vm.lessons().lessons().isEmpty()) {
            window.lessonPane().select(vm.lessons().lessons().get(0).id(), null);
        }
        // the shell zooms the window, lays the shortcuts help over it and handles the keys
        stage.setScene(new Scene(new PresentationShell(window, window.presentation(), window.shortcuts(), vm.i18n()), 1280, 820));
        stage.setFullScreenExitHint(vm.i18n().get("present.fullScreenHint"));
        vm.i18n().localeProperty().addListener((o, a, b) -> stage.setFullScreenExitHint(vm.i18n().get("present.fullScreenHint")));
        stage.titleProperty().bind(vm.i18n().text("app.title"));
        stage.setOnHidden(e -> vm.close());
        // Ctrl-C or SIGTERM to the app: still end the run's processes on the way out
        MainViewModel closing = vm;
        Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "proclab-ui-close"));
        stage.show();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
    }
}
