package org.proclab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.proclab.bench.programs.Hello;
import org.proclab.worker.JavaExecutable;

/**
 * The {@code jvm_hello} row: how long a whole trivial process takes, from {@code ProcessBuilder.start()}
 * until {@code waitFor()} returns. The baseline that {@code worker_ready} is held to.
 */
final class WholeProcess {
    private WholeProcess() {}

    /** Median milliseconds of {@code samples} runs after {@code warm} untimed ones. */
    static double medianMillis(List<String> cmd, int samples, int warm) throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (int i = -warm; i < samples; i++) {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("did not end within 60 s: " + cmd);
            }
            long t1 = System.nanoTime();
            if (p.exitValue() != 0) {
                throw new IOException("exit code " + p.exitValue() + ": " + cmd);
            }
            if (i >= 0) {
                ms.add((t1 - t0) / 1e6);
            }
        }
        return Measurement.median(ms);
    }

    /**
     * A directory holding only {@link Hello}'s class file, so the JVM under test opens one small class
     * path entry: {@code java -cp DIR org.proclab.bench.programs.Hello}, as one would write by hand.
     */
    static Path helloClassDir() throws IOException {
        Path dir = Files.createTempDirectory("proclab-hello-");
        String file = Hello.class.getName().replace('.', '/') + ".class";
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = Hello.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("cannot find " + file + " among ProcLab's classes");
            }
            Files.copy(in, target);
        }
        return dir;
    }

    static List<String> javaHello(Path dir) {
        return List.of(JavaExecutable.current().toString(),
                "-cp", dir.toString(), Hello.class.getName());
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
