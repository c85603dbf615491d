package org.proclab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.proclab.files.PrivateDirectory;
import org.proclab.i18n.Messages;
import org.proclab.worker.JavaExecutable;

/**
 * What ProcLab needs before it opens a window or runs a lesson: a private directory it can write (each
 * run's socket and logs live there) and a runtime whose {@code java} starts (every process of a lesson is
 * a JVM started from it). Checked at start, so that a missing piece is said in one sentence instead of a
 * lesson failing halfway.
 */
final class StartupCheck {
    /** The exit code of the command line when something is missing: the command's "could not start". */
    static final int EXIT_CANNOT_START = 2;
    /** How long {@code java -version} may take on a crowded machine before the runtime counts as broken. */
    static final int PATIENCE_SECONDS = 60;

    /** One missing thing: a text of {@code resources/i18n} and its arguments. */
    record Problem(String key, List<String> args) {
        String text(ResourceBundle b) {
            return Messages.text(b, key, args.toArray());
        }
    }

    private StartupCheck() {}

    /** Everything missing on this machine, for this user and this runtime; empty when ProcLab can start. */
    static List<Problem> run() {
        List<Problem> out = new ArrayList<>();
        privateDirectory(Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name", "user")).ifPresent(out::add);
        workerRuntime(JavaExecutable.current()).ifPresent(out::add);
        return out;
    }

    /**
     * The user's private directory in {@code tmpdir} must take a file; if it cannot be used (another user's,
     * say), a private folder of its own in {@code tmpdir} does as well, since the kernel then makes one.
     */
    static Optional<Problem> privateDirectory(Path tmpdir, String user) {
        Path base = PrivateDirectory.userBase(tmpdir, user);
        try {
            PrivateDirectory home = new PrivateDirectory(base);
            Files.delete(Files.createTempFile(home.path(), ".startup-check-", ""));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // the kernel's fallback, checked next
        }
        try {
            Files.delete(Files.createTempDirectory(tmpdir, "proclab-"));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Problem("startup.privateDirectory", List.of(base.toString(), tmpdir.toString())));
        }
    }

    /** The runtime's {@code java} must be there and start: {@code java -version} ends with 0. */
    static Optional<Problem> workerRuntime(Path java) {
        if (!Files.isRegularFile(java)) {
            return Optional.of(new Problem("startup.noJava", List.of(java.toString())));
        }
        try {
            java.lang.Process p = new ProcessBuilder(java.toString(), "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")))
                    .start();
            if (!p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of(new Problem("startup.javaSilent", List.of(java.toString(), Integer.toString(PATIENCE_SECONDS))));
            }
            return p.exitValue() == 0 ? Optional.empty()
                    : Optional.of(new Problem("startup.javaFails", List.of(java.toString(), Integer.toString(p.exitValue()))));
        } catch (IOException e) {
            return Optional.of(new Problem("startup.javaCannotRun", List.of(java.toString())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The sentences for a person, in the language of {@code b}. */
    static List<String> texts(List<Problem> problems, ResourceBundle b) {
        return problems.stream().map(p -> p.text(b)).toList();
    }
}
