package org.proclab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.files.PrivateDirectory;

@Tag("unit")
class RunDirectoryTest {
    @TempDir
    Path tmp;

    private static Compilation compiled(Map<String, byte[]> classes) {
        return new Compilation(Compilation.Outcome.COMPILED, "Hello.java", "demo.Hello", classes, List.of());
    }

    @Test
    void of_writesEveryClassUnderItsPackage_inAPrivateDirectory_closeDeletesIt() throws Exception {
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("proclab-me"));
        byte[] hello = {1, 2, 3};
        byte[] nested = {4, 5};
        Path dir;
        try (RunDirectory run = RunDirectory.of(home, compiled(Map.of("demo.Hello", hello, "demo.Hello$Item", nested, "Helper", new byte[0])))) {
            dir = run.path();
            assertTrue(dir.startsWith(home.path()));
            assertTrue(dir.getFileName().toString().startsWith(RunDirectory.PREFIX));
            assertArrayEquals(hello, Files.readAllBytes(dir.resolve("demo/Hello.class")));
            assertArrayEquals(nested, Files.readAllBytes(dir.resolve("demo/Hello$Item.class")));
            assertTrue(Files.isRegularFile(dir.resolve("Helper.class")));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            }
        }
        assertFalse(Files.exists(dir));
    }

    @Test
    void of_removesARunDirectoryWhoseAppIsGone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("proclab-me"));
        Path left = Files.createDirectory(home.path().resolve(RunDirectory.PREFIX + "0badf00d")); // no owner: a killed app's half
        Files.write(left.resolve("Old.class"), new byte[] {1});
        try (RunDirectory run = RunDirectory.of(home, compiled(Map.of("Hello", new byte[] {1})))) {
            assertFalse(Files.exists(left));
            assertTrue(Files.exists(run.path()));
        }
    }

    @Test
    void of_programWithErrors_refused() throws Exception {
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("proclab-me"));
        Compilation errors = new Compilation(Compilation.Outcome.ERRORS, "Hello.java", null, Map.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.of(home, errors));
    }
}
