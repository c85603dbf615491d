package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.StartupCheck.Problem;
import org.proclab.i18n.Messages;
import org.proclab.worker.JavaExecutable;

/**
 * The start-up check: what it calls missing and what it lets pass, and the sentence the command line prints
 * (the dialog's own test is {@link StartupProblemsDialogTest}).
 */
@Tag("process")
class StartupCheckTest {
    @TempDir
    Path tmp;

    static final ResourceBundle EN = Messages.bundle(Messages.ENGLISH);
    static final ResourceBundle ZH = Messages.bundle(Messages.CHINESE);

    @Test
    void privateDirectory_none_whenTheTemporaryFolderIsWritable_andTheFolderIsMadeOwnerOnly() throws Exception {
        assertEquals(Optional.empty(), StartupCheck.privateDirectory(tmp, "student"));
        Path made = tmp.resolve("proclab-student");
        assertTrue(Files.isDirectory(made));
        if (posix()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        }
        try (var left = Files.list(made)) {
            assertEquals(0, left.count(), "the probe file is removed again");
        }
    }

    @Test
    void privateDirectory_none_whenTheUsersFolderIsTaken_butAPrivateOneCanBeMade() throws Exception {
        // a file where the user's folder should be: the kernel then uses a temporary folder of its own
        Files.writeString(tmp.resolve("proclab-student"), "not a folder");
        assertEquals(Optional.empty(), StartupCheck.privateDirectory(tmp, "student"));
    }

    @Test
    void privateDirectory_namesBothFolders_whenTheTemporaryFolderIsAFile() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("tmp"), "a file, not a folder");
        Problem p = StartupCheck.privateDirectory(notAFolder, "student").orElseThrow();
        assertEquals("startup.privateDirectory", p.key());
        String sentence = p.text(EN);
        assertTrue(sentence.startsWith("ProcLab cannot write its private folder " + notAFolder.resolve("proclab-student")
                + ", nor make a folder in " + notAFolder + ":"), sentence);
        assertTrue(p.text(ZH).contains(notAFolder.toString()) && p.text(ZH).contains("私有文件夹"), p.text(ZH));
    }

    @Test
    void workerRuntime_none_forThisRuntimesJava() {
        assertEquals(Optional.empty(), StartupCheck.workerRuntime(JavaExecutable.current()));
    }

    @Test
    void workerRuntime_noJava_whenTheRuntimeHasNone() {
        Path java = tmp.resolve("runtime").resolve("bin").resolve("java");
        Problem p = StartupCheck.workerRuntime(java).orElseThrow();
        assertEquals("startup.noJava", p.key());
        assertEquals("ProcLab's runtime has no java program at " + java
                + "; every process of a lesson is started with it. Install ProcLab again.", p.text(EN));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void workerRuntime_javaFails_withItsExitCode_whenJavaEndsWithAnError() throws Exception {
        Path java = Files.writeString(tmp.resolve("java"), "#!/bin/sh\nexit 7\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Problem p = StartupCheck.workerRuntime(java).orElseThrow();
        assertEquals("startup.javaFails", p.key());
        assertEquals(List.of(java.toString(), "7"), p.args());
        assertTrue(p.text(EN).contains("(it ended with code 7)"), p.text(EN));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void workerRuntime_javaCannotRun_whenItIsNotExecutable() throws Exception {
        Path java = Files.writeString(tmp.resolve("java"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rw-------"));
        assertEquals("startup.javaCannotRun", StartupCheck.workerRuntime(java).orElseThrow().key());
    }

    @Test
    void everySentence_existsInEnglishAndChinese_withItsArguments() {
        for (String key : List.of("startup.title", "startup.header", "startup.close", "startup.privateDirectory",
                "startup.noJava", "startup.javaCannotRun", "startup.javaFails", "startup.javaSilent")) {
            assertTrue(Messages.has(EN, key) && Messages.has(ZH, key), key);
            assertFalse(Messages.text(ZH, key, "A", "B").equals(Messages.text(EN, key, "A", "B")), key + " is not translated");
        }
        for (ResourceBundle b : List.of(EN, ZH)) {
            String s = new Problem("startup.javaSilent", List.of("/opt/proclab/lib/runtime/bin/java", "60")).text(b);
            assertTrue(s.contains("/opt/proclab/lib/runtime/bin/java") && s.contains("60") && !s.contains("{"), s);
        }
    }

    @Test
    void commandLine_printsTheSentence_andExitsWith2_whenThePrivateFolderCannotBeWritten() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("tmp"), "a file, not a folder");
        Path err = tmp.resolve("err.txt");
        java.lang.Process p = new ProcessBuilder(JavaExecutable.current().toString(), "-Xmx64m",
                "-Duser.language=en", "-Djava.io.tmpdir=" + notAFolder, "-Duser.name=student",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "lessons")
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(StartupCheck.EXIT_CANNOT_START, p.exitValue());
        assertEquals("proclab: ProcLab cannot write its private folder " + notAFolder.resolve("proclab-student")
                + ", nor make a folder in " + notAFolder + ": each run keeps its connection and logs there. Check that "
                + notAFolder + " exists, that you may write in it, and that the disk has free space.",
                Files.readString(err).strip());
        assertEquals("", Files.readString(tmp.resolve("out.txt")), "no lesson list: the command did not run");
    }

    static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
