package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.programs.SleepyChildren;
import org.proclab.testing.Await;

/** The app killed with SIGKILL mid-run: every worker JVM, and every spare JVM, must end on its own. */
@Tag("process")
class NoJvmOutlivesTheAppTest {

    @Test
    void sigkillOfApp_allWorkersEndOnTheirOwn_mainChildrenAndGrandchild() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.proclab.Launcher",
                "run", "--main", SleepyChildren.class.getName(), "--classpath", Runs.TEST_CLASSES.toString());
        java.lang.Process app = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<Long> workers = new ArrayList<>();
        List<Long> spares = List.of();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (workers.size() < 4 && (line = r.readLine()) != null) {
                int i = line.indexOf("] sleeper ");
                if (i > 0) {
                    workers.add(Long.parseLong(line.substring(i + "] sleeper ".length()).trim()));
                }
            }
            assertEquals(4, workers.size(), "main, two children and a grandchild are running");
            for (long pid : workers) {
                assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            }

            // main and the child that started the grandchild each hold a spare JVM for their next start
            spares = SpareJvmTest.spares(app.toHandle().descendants(), workers);
            assertEquals(2, spares.size(), "two spare JVMs beside the workers: " + spares);

            app.toHandle().destroyForcibly(); // SIGKILL: the app gets no chance to clean up
            assertTrue(app.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS));
            assertEquals(137, app.exitValue());

            // each worker notices its lost connection and ends itself, and its spare: nobody else is left to end them
            for (long pid : workers) {
                Await.exit(pid);
            }
            for (long pid : spares) {
                Await.exit(pid);
            }
        } finally {
            app.destroyForcibly();
            for (long pid : workers) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            for (long pid : spares) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
