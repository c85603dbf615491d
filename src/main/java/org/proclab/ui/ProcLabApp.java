package org.proclab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The ProcLab desktop app. */
public class ProcLabApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(ProcLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ProcLab");
        stage.show();
    }
}
