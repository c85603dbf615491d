package org.proclab.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.files.PrivateDirectory.Owner;

@Tag("process")
class PrivateDirectoryTest {
    @TempDir
    Path tmp;

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The pid of a process that has ended (started and waited for here). */
    static long endedPid() throws Exception {
        java.lang.Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.pid();
    }

    static void recordOwner(Path dir, long pid, Instant start) throws IOException {
        Files.writeString(dir.resolve(PrivateDirectory.OWNER_FILE), "pid=" + pid + "\nstart=" + start + "\n");
    }

    @Test
    void new_createsTheBaseOwnerOnly_andTightensAnOpenOne() throws Exception {
        assumeTrue(posix());
        Path base = tmp.resolve("proclab-me");
        PrivateDirectory home = new PrivateDirectory(base);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.subdirectory("runs"))));

        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxrwxrwx"));
        new PrivateDirectory(base);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
    }

    @Test
    void new_baseIsALink_refusedWithASentence() throws Exception {
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Path base = Files.createSymbolicLink(tmp.resolve("proclab-me"), elsewhere);
        IOException e = assertThrows(IOException.class, () -> new PrivateDirectory(base));
        assertTrue(e.getMessage().contains("is not a directory (a link or a file is in its place)"), e.getMessage());
    }

    @Test
    void createOwned_recordsThisProcess_andItIsAlive() throws Exception {
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("home"));
        Path dir = home.createOwned("session-");
        assertTrue(dir.getFileName().toString().startsWith("session-"));
        Owner o = Owner.of(dir).orElseThrow();
        assertEquals(ProcessHandle.current().pid(), o.pid());
        assertTrue(o.isAlive());
        if (posix()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
        try (var entries = Files.list(home.path())) {
            assertEquals(1, entries.count(), "no half-made directory is left beside it");
        }
    }

    @Test
    void deleteStale_deadOwnerAndReusedPidRemoved_liveOwnerAndOtherNamesKept() throws Exception {
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("home"));
        Path live = home.createOwned("session-");
        Path dead = home.createOwned("session-");
        recordOwner(dead, endedPid(), Instant.now());
        Path reused = home.createOwned("session-"); // this pid, but a process that started at another time
        recordOwner(reused, ProcessHandle.current().pid(), Instant.parse("2001-01-01T00:00:00Z"));
        Path noOwner = home.createOwned("session-");
        Files.delete(noOwner.resolve(PrivateDirectory.OWNER_FILE));
        Path otherKind = home.createOwned("spill-");
        recordOwner(otherKind, endedPid(), Instant.now());
        Path runs = home.subdirectory("runs");

        assertEquals(3, home.deleteStale("session-"));

        assertTrue(Files.isDirectory(live));
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(reused));
        assertFalse(Files.exists(noOwner));
        assertTrue(Files.isDirectory(otherKind), "only the named kind is cleaned");
        assertTrue(Files.isDirectory(runs));
    }

    @Test
    void deleteStale_halfMadeDirectoryOfAnEndedMaker_removed() throws Exception {
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("home"));
        Path ended = Files.createDirectory(home.path().resolve(".new-" + endedPid() + "-123"));
        Path mine = Files.createDirectory(home.path().resolve(".new-" + ProcessHandle.current().pid() + "-456"));
        home.deleteStale("session-");
        assertFalse(Files.exists(ended));
        assertTrue(Files.exists(mine), "this process may be making it right now");
    }

    @Test
    void deleteStale_neverFollowsALinkOutOfTheBase() throws Exception {
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("home"));
        Path linkNamedLikeOurs = Files.createSymbolicLink(home.path().resolve("session-evil"), outside);
        Path stale = home.createOwned("session-");
        Files.createSymbolicLink(stale.resolve("escape"), outside);
        Files.createSymbolicLink(stale.resolve("escape-file"), precious);
        recordOwner(stale, endedPid(), Instant.now());
        Path linkedOwner = home.createOwned("session-"); // its owner file is a link to a live owner's: not trusted
        Files.delete(linkedOwner.resolve(PrivateDirectory.OWNER_FILE));
        Path liveOwner = Files.writeString(outside.resolve("owner"), "pid=" + ProcessHandle.current().pid() + "\n");
        Files.createSymbolicLink(linkedOwner.resolve(PrivateDirectory.OWNER_FILE), liveOwner);

        assertEquals(3, home.deleteStale("session-"));

        assertFalse(Files.exists(linkNamedLikeOurs, LinkOption.NOFOLLOW_LINKS), "the link itself is gone");
        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(linkedOwner, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep me", Files.readString(precious), "nothing outside the base was touched");
        assertTrue(Files.exists(liveOwner));
    }

    @Test
    void delete_outsideTheBase_refused() throws Exception {
        PrivateDirectory home = new PrivateDirectory(tmp.resolve("home"));
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        assertThrows(IllegalArgumentException.class, () -> home.delete(outside));
        assertThrows(IllegalArgumentException.class, () -> home.delete(home.path().resolve("..").resolve("outside")));
        assertThrows(IllegalArgumentException.class, () -> home.delete(home.path()));
        assertTrue(Files.isDirectory(outside));
    }
}
