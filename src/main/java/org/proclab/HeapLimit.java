package org.proclab;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's JVM runs with an explicit heap limit. {@code java -jar proclab.jar} cannot carry JVM options,
 * so when none was given the launcher starts the app again, in a JVM with {@link #APP_HEAP}, and passes its
 * exit code on; that JVM ends if the first one is killed. {@code javafx:run} and the installed app set the
 * limit themselves.
 */
final class HeapLimit {
    /** The app's heap: its views hold a bounded window of the run; the full event log is on disk. */
    static final String APP_HEAP = "384m";
    private static final String RELAUNCHED = "PROCLAB_RELAUNCHED";

    private HeapLimit() {}

    /** Whether this JVM was started with an explicit heap limit (or is the relaunched one). */
    static boolean given() {
        if (System.getenv(RELAUNCHED) != null) {
            return true;
        }
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxRAM") || arg.startsWith("-XX:MaxHeapSize")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the app in a JVM with the limit and returns its exit code. */
    static int relaunch(String[] args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + APP_HEAP);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(RELAUNCHED, Long.toString(ProcessHandle.current().pid()));
        java.lang.Process app = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::destroy));
        return app.waitFor();
    }

    /** In the relaunched JVM: end with the launcher, so that killing it never leaves the app behind. */
    static void followLauncher() {
        String pid = System.getenv(RELAUNCHED);
        if (pid == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(h -> h.onExit().thenRun(() -> Runtime.getRuntime().halt(130)));
        } catch (NumberFormatException e) {
            // not ours: nothing to follow
        }
    }
}
