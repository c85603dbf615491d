package org.proclab.worker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.proclab.wire.Wire;

/**
 * Starts a child worker JVM as a real operating-system child of this process, with the same Java,
 * class path and small-footprint flags. What the JVM itself prints outside {@code System.out} (a crash,
 * a missing class) goes to a log file the kernel reads when the child ends.
 */
public final class ChildLauncher {
    private ChildLauncher() {}

    public static File rawLogFile(long parentPid, String identity) {
        Path dir = Path.of(System.getenv(Wire.ENV_SOCKET)).getParent();
        return dir.resolve("jvm-" + parentPid + "-" + identity.replace(':', '_') + ".log").toFile();
    }

    /** The log of a spare JVM ({@link SpareJvm}) until it becomes a child; the kernel never reads it by this name. */
    static File spareLogFile(long parentPid, int n) {
        Path dir = Path.of(System.getenv(Wire.ENV_SOCKET)).getParent();
        return dir.resolve("jvm-" + parentPid + "-spare-" + n + ".log").toFile();
    }

    public static java.lang.Process launch(File rawLog) throws IOException {
        return builder("child", rawLog).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
    }

    /** A spare: a child's JVM that waits on its standard input, a pipe from this process, for its turn. */
    static java.lang.Process launchSpare(File rawLog) throws IOException {
        return builder("spare", rawLog).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    private static ProcessBuilder builder(String role, File rawLog) {
        ProcessBuilder pb = new ProcessBuilder(command(role));
        WorkerRuntime runtime = WorkerRuntime.get();
        ParentInfo.describeThisProcess(pb.environment(), runtime.pid(), runtime.name());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(rawLog));
        return pb;
    }

    /** The command line of a worker JVM; the kernel uses the same one for the main process. */
    public static List<String> command(String... workerArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaExecutable.current().toString());
        String flags = System.getenv(Wire.ENV_JVM_FLAGS);
        if (flags != null && !flags.isBlank()) {
            for (String f : flags.trim().split("\\s+")) {
                cmd.add(f);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkerMain.class.getName());
        cmd.addAll(List.of(workerArgs));
        return cmd;
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
