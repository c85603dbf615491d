package org.proclab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.proclab.cli.Cli;
import org.proclab.i18n.Messages;

/**
 * The jar's entry point: no arguments opens the app, arguments run the command line, in a JVM with an
 * explicit heap limit ({@link AppJvm}) and, on the runnable jar's route, this system's JavaFX
 * ({@link JarRoute}). (A JavaFX {@code Application} subclass cannot itself be the main class when JavaFX
 * is on the class path.)
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (!AppJvm.relaunched()) {
            Optional<java.nio.file.Path> jar = JarRoute.jarWithLibraries();
            if (jar.isPresent() || !AppJvm.given()) {
                String classPath = jar.isPresent() ? JarRoute.classPath(jar.get(), FxPlatform.current())
                        : System.getProperty("java.class.path");
                System.exit(AppJvm.relaunch(args, classPath));
            }
        }
        AppJvm.followLauncher();
        List<StartupCheck.Problem> missing = StartupCheck.run();
        if (!missing.isEmpty()) {
            cannotStart(missing, args.length == 0 && fxPresent());
            System.exit(StartupCheck.EXIT_CANNOT_START);
        }
        if (args.length == 0) {
            if (!fxPresent()) {
                System.err.println("proclab: cannot open the window: this system (" + System.getProperty("os.name") + ", "
                        + System.getProperty("os.arch") + ") has no JavaFX among ProcLab's libraries; ProcLab's jar brings it for "
                        + FxPlatform.supported() + ". The command line works without it: proclab run --lesson pipe");
                System.exit(1);
            }
            try {
                org.proclab.ui.ProcLabApp.launchApp(args);
            } catch (RuntimeException e) {
                Optional<String> why = WindowStartFailure.explain(e, Messages.bundle(language(true)));
                if (why.isEmpty()) {
                    throw e;
                }
                System.err.println("proclab: " + why.get());
                System.exit(StartupCheck.EXIT_CANNOT_START);
            }
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** Says what is missing: on the error output always, and in a dialog when the app was to open its window. */
    private static void cannotStart(List<StartupCheck.Problem> missing, boolean window) {
        ResourceBundle b = Messages.bundle(language(window));
        List<String> sentences = StartupCheck.texts(missing, b);
        sentences.forEach(s -> System.err.println("proclab: " + s));
        if (window) {
            StartupProblemsDialog.showAndWait(sentences, b);
        }
    }

    /** The language to say it in: for the window, the Language menu's choice if any; else the system's. */
    private static Locale language(boolean window) {
        Locale language = Messages.supported(Locale.getDefault());
        if (window) {
            try {
                Locale chosen = org.proclab.ui.AppPrefs.forUser().language();
                language = chosen != null ? chosen : language;
            } catch (RuntimeException e) {
                // the system's language
            }
        }
        return language;
    }

    private static boolean fxPresent() {
        try {
            Class.forName("javafx.application.Platform", false, Launcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
