package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.testing.Await;

/**
 * The class-data archive's training run rehearses a child's real life against a stand-in kernel: if the
 * two ever disagree (a changed handshake), the rehearsal must still end by itself, cleanly, or no archive
 * is ever made and every worker starts slower without a word.
 */
@Tag("process")
class ArchiveTrainingTest {

    @Test
    void main_rehearsesAChildToItsEnd_exitCode0_nothingLeftInTemp(@TempDir Path tmp) throws Exception {
        List<String> cmd = List.of(JavaExecutable.current().toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), ArchiveTraining.class.getName());
        java.lang.Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            assertTrue(p.waitFor(Await.PATIENCE_SECONDS, TimeUnit.SECONDS), "the rehearsal ended by itself");
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), said);
            assertEquals("", said, "the child's output went to the stand-in kernel, not to the JVM's own");
            try (var left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), "its socket and directory are gone");
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
