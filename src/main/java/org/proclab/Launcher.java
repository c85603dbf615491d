package org.proclab;

import org.proclab.cli.Cli;

/**
 * The jar's entry point: no arguments opens the app, arguments run the command line, in a JVM with an
 * explicit heap limit ({@link HeapLimit}). (A JavaFX {@code Application} subclass cannot itself be the main
 * class when JavaFX is on the class path.)
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (!HeapLimit.given()) {
            System.exit(HeapLimit.relaunch(args));
        }
        HeapLimit.followLauncher();
        if (args.length == 0) {
            org.proclab.ui.ProcLabApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
