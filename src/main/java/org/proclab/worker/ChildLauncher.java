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

    public static java.lang.Process launch(File rawLog) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command("child"));
        WorkerRuntime runtime = WorkerRuntime.get();
        ParentInfo.describeThisProcess(pb.environment(), runtime.pid(), runtime.name());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(rawLog));
        pb.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        return pb.start();
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
