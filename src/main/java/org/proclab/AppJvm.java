package org.proclab;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.proclab.worker.JavaExecutable;

/**
 * The app's JVM runs with an explicit heap limit and the quick compiler only. {@code java -jar proclab.jar}
 * cannot carry JVM options, so when no heap limit was given the launcher starts the app again, in a JVM
 * with {@link #APP_HEAP} and {@link #APP_COMPILER}, and passes its exit code on; that JVM ends if the first
 * one is killed. {@code javafx:run} and the installed app set both in their own launch options, so they
 * start once.
 */
final class AppJvm {
    /** The app's heap: its views hold a bounded window of the run; the full event log is on disk. */
    static final String APP_HEAP = "256m";
    /**
     * Only the quick (C1) compiler, as the workers: on a 2-core laptop the optimizing compiler's thread took
     * a core from the window for seconds at a time (23.8 s of compiling in a 25 s {@code bench --ui} run),
     * and without it a flood drew 1.3 to 1.8 times the frames, for about a fifth more time per kernel round
     * trip ({@code bench --ui} and {@code bench}, README "The window under a flood"). A user's own
     * {@code -XX:TieredStopAtLevel} or {@code -XX:±TieredCompilation} wins.
     */
    static final String APP_COMPILER = "-XX:TieredStopAtLevel=1";
    /** Set in the relaunched JVM's environment: the pid of the launcher that started it. */
    static final String RELAUNCHED = "PROCLAB_RELAUNCHED";

    private AppJvm() {}

    /** Whether this JVM was started with an explicit heap limit. */
    static boolean given() {
        return given(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static boolean given(List<String> jvmArguments) {
        for (String arg : jvmArguments) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxRAM") || arg.startsWith("-XX:MaxHeapSize")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this JVM is the one a launcher started: the variable names this JVM's parent (a program it
     * starts inherits the variable, but not as its parent's pid).
     */
    static boolean relaunched() {
        return launcherPid() == ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }

    private static long launcherPid() {
        try {
            String pid = System.getenv(RELAUNCHED);
            return pid == null ? -2 : Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    /**
     * Runs the app again with {@code classPath} and this JVM's options ({@link #jvmOptions}), and returns its
     * exit code.
     */
    static int relaunch(String[] args, String classPath) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaForRelaunch().toString());
        cmd.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(RELAUNCHED, Long.toString(ProcessHandle.current().pid()));
        java.lang.Process app = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::destroy));
        return app.waitFor();
    }

    /**
     * The options the relaunched JVM gets: this one's, but no agent (a debugger's port is this JVM's),
     * the heap limit if none was given, and the quick compiler unless the compilers were chosen.
     */
    static List<String> jvmOptions(List<String> given) {
        List<String> out = new ArrayList<>();
        boolean compilerChosen = false;
        for (String arg : given) {
            if (!arg.startsWith("-agentlib:") && !arg.startsWith("-agentpath:") && !arg.startsWith("-javaagent:")) {
                out.add(arg);
            }
            compilerChosen |= arg.startsWith("-XX:TieredStopAtLevel") || arg.endsWith("TieredCompilation");
        }
        if (!given(given)) {
            out.add("-Xmx" + APP_HEAP);
        }
        if (!compilerChosen) {
            out.add(APP_COMPILER);
        }
        return out;
    }

    /** The same runtime; {@code javaw} if this JVM is one (a jar opened from the Windows Explorer: no console). */
    private static Path javaForRelaunch() {
        Path home = Path.of(System.getProperty("java.home"));
        String os = System.getProperty("os.name", "");
        boolean windowless = ProcessHandle.current().info().command()
                .map(c -> Path.of(c).getFileName().toString().equalsIgnoreCase("javaw.exe")).orElse(false);
        return windowless ? JavaExecutable.windowless(home, os) : JavaExecutable.of(home, os);
    }

    /** In the relaunched JVM: end with the launcher, so that killing it never leaves the app behind. */
    static void followLauncher() {
        if (!relaunched()) {
            return;
        }
        ProcessHandle.of(launcherPid()).ifPresent(h -> h.onExit().thenRun(() -> Runtime.getRuntime().halt(130)));
    }
}
