package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker archive's decisions, without a jar of ProcLab: when there can be one, what it is called, the flags
 * a worker gets with and without it, and which files a new archive sweeps away. (Making one needs ProcLab's
 * classes in a jar: the JVM refuses a folder of classes in an archive.)
 */
@Tag("unit")
class WorkerArchiveTest {

    @Test
    void possible_onlyForAJar_notOnWindows_norWithCdsOff(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("proclab.jar"), new byte[] {1});
        assertTrue(WorkerArchive.possible(jar, "Linux", null));
        assertTrue(WorkerArchive.possible(jar, "Mac OS X", "on"));
        assertFalse(WorkerArchive.possible(dir, "Linux", null), "classes in a folder, as in development");
        assertFalse(WorkerArchive.possible(dir.resolve("missing.jar"), "Linux", null));
        assertFalse(WorkerArchive.possible(jar, "Windows 11", null));
        assertFalse(WorkerArchive.possible(jar, "Linux", "off"), "PROCLAB_CDS=off");
    }

    @Test
    void using_givesTheArchiveFlags_onlyOnceTheArchiveIsThere(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("worker-0123456789abcdef0123.jsa");
        assertEquals(List.of(), WorkerArchive.using(archive), "not built yet: workers start without it");
        Files.write(archive, new byte[] {1});
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable"), WorkerArchive.using(archive));
    }

    @Test
    void archivePath_isOnePerJarAndJdk_andChangesWhenTheJarIsRebuilt(@TempDir Path dir) throws Exception {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        Path jar = Files.write(dir.resolve("proclab.jar"), new byte[] {1, 2, 3});
        Path archive = WorkerArchive.archivePath(jar, cache);
        assertEquals(cache, archive.getParent());
        assertTrue(archive.getFileName().toString().matches("worker-[0-9a-f]{20}\\.jsa"), archive.toString());
        assertEquals(archive, WorkerArchive.archivePath(jar, cache), "the same jar: the same archive");

        Path other = Files.write(dir.resolve("other.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(jar));
        assertNotEquals(archive, WorkerArchive.archivePath(other, cache), "another jar");

        FileTime built = Files.getLastModifiedTime(jar);
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, built);
        assertNotEquals(archive, WorkerArchive.archivePath(jar, cache), "rebuilt to another size");
        Files.write(jar, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 1000));
        assertNotEquals(archive, WorkerArchive.archivePath(jar, cache), "rebuilt, the same size");
    }

    @Test
    void removeOthers_keepsTheCurrentArchive_andJnasNativePart_deletesOtherArchives(@TempDir Path cache) throws Exception {
        Path keep = Files.write(cache.resolve("worker-aaaaaaaaaaaaaaaaaaaa.jsa"), new byte[] {1});
        Files.write(cache.resolve("worker-bbbbbbbbbbbbbbbbbbbb.jsa"), new byte[] {2});
        Files.write(cache.resolve("worker-cccccccccccccccccccc.jsa"), new byte[] {3});
        Path jna = Files.createDirectory(cache.resolve("jna-5.14.0-linux-x86-64"));
        Files.write(jna.resolve("libjnidispatch.so"), new byte[] {4});
        WorkerArchive.removeOthers(keep);
        try (var files = Files.list(cache)) {
            assertEquals(Set.of("worker-aaaaaaaaaaaaaaaaaaaa.jsa", "jna-5.14.0-linux-x86-64"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertTrue(Files.isRegularFile(jna.resolve("libjnidispatch.so")));
    }

    @Test
    void removeOthers_leavesAnArchiveALiveProcessIsWriting_removesOneWhoseWriterHasGone(@TempDir Path cache) throws Exception {
        Path keep = Files.write(cache.resolve("worker-aaaaaaaaaaaaaaaaaaaa.jsa"), new byte[] {1});
        String writing = "worker-bbbbbbbbbbbbbbbbbbbb.jsa." + ProcessHandle.current().pid() + ".tmp";
        Files.write(cache.resolve(writing), new byte[] {2});
        long gone = 1L << 40; // above any system's largest pid: no process has it
        String orphan = "worker-cccccccccccccccccccc.jsa." + gone + ".tmp";
        Files.write(cache.resolve(orphan), new byte[] {3});
        Files.write(cache.resolve("worker-dddddddddddddddddddd.jsa.notapid.tmp"), new byte[] {4});
        WorkerArchive.removeOthers(keep);
        try (var files = Files.list(cache)) {
            assertEquals(Set.of("worker-aaaaaaaaaaaaaaaaaaaa.jsa", writing),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()),
                    "another app's build goes on; leftovers of builds that ended are removed");
        }
    }

    @Test
    void cacheDir_isThisUsersOwnFolder_inTheTemporaryFolder() throws Exception {
        Path dir = WorkerArchive.cacheDir();
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "proclab-cds-" + System.getProperty("user.name")), dir);
        assertTrue(Files.isDirectory(dir));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)),
                "other users cannot plant an archive or a library that workers would load");
    }
}
