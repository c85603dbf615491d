package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the app where no window can open: one clear sentence and the "cannot start" exit code, no stack trace. */
@Tag("process")
class NoWindowStartTest {

    @Test
    void appWithoutADisplay_saysWhyOnTheErrorOutput_andExitsWithTwo(@TempDir Path tmp) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a display is an X11 or Wayland notion");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Djava.io.tmpdir=" + tmp, "-Duser.language=en", "-Djava.util.prefs.userRoot=" + tmp.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(StartupCheck.EXIT_CANNOT_START, p.exitValue(), out);
        assertTrue(out.contains("proclab: ProcLab cannot open its window: "), out);
        assertFalse(out.contains("\tat com.sun.glass"), "no stack trace: " + out);
    }
}
