package org.proclab.lessons.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The lesson's walker on its own, in this JVM: counting, batching, links, and what it cannot read. */
@Tag("unit")
class EnumerateWalkerTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedStderr err = new CapturedStderr();

    private static void files(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.createFile(dir.resolve("f" + i));
        }
    }

    @Test
    void walk_batchesPathsUpToBatchSize_andCountsEveryRegularFile() throws IOException {
        files(tmp.resolve("a"), 1200);
        files(tmp.resolve("a/b/c"), 1300);
        Files.createDirectories(tmp.resolve("empty/too"));
        List<Integer> sizes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        DirectoryWalker.Counts f = DirectoryWalker.walk(tmp.toString(), 1000, batch -> {
            sizes.add(batch.size());
            paths.addAll(batch);
        });
        assertEquals(2500, f.files());
        assertEquals(0, f.unreadable());
        assertEquals(List.of(1000, 1000, 500), sizes);
        assertEquals(2500, paths.stream().distinct().count(), "every path once");
        assertTrue(paths.stream().allMatch(p -> Files.isRegularFile(Path.of(p))));
        assertEquals(List.of(), err.lines());
    }

    @Test
    void walk_doesNotFollowOrCountLinks_likeFindTypeF() throws IOException {
        files(tmp.resolve("real"), 5);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        files(elsewhere, 7);
        Path walked = Files.createDirectories(tmp.resolve("walked"));
        files(walked, 2);
        Files.createSymbolicLink(walked.resolve("link-to-dir"), elsewhere);        // not entered
        Files.createSymbolicLink(walked.resolve("link-to-file"), elsewhere.resolve("f0")); // not a regular file
        Files.createSymbolicLink(walked.resolve("broken"), tmp.resolve("nowhere")); // dangling: not an error
        DirectoryWalker.Counts f = DirectoryWalker.walk(walked.toString(), 1000, batch -> { });
        assertEquals(2, f.files());
        assertEquals(0, f.unreadable());
        assertEquals(List.of(), err.lines());
    }

    @Test
    void walk_saysWhenItBeganAndHowLongItTook_onTheClockEveryProcessShares() throws IOException {
        files(tmp.resolve("a/b"), 30);
        long before = System.currentTimeMillis();
        DirectoryWalker.Counts f = DirectoryWalker.walk(tmp.toString(), 1000, null);
        long after = System.currentTimeMillis();
        assertEquals(30, f.files());
        assertTrue(f.began() >= before && f.began() <= after, before + " <= " + f.began() + " <= " + after);
        assertTrue(f.millis() >= 0 && f.began() + f.millis() <= after, f.toString());
    }

    @Test
    void walk_countsTheFileItself_whenGivenARegularFile_asFindDoes() throws IOException {
        Path file = Files.createFile(tmp.resolve("just-a-file.txt"));
        List<String> paths = new ArrayList<>();
        DirectoryWalker.Counts f = DirectoryWalker.walk(file.toString(), 1000, paths::addAll);
        assertEquals(1, f.files());
        assertEquals(List.of(file.toString()), paths);
        assertEquals(List.of(), err.lines());
    }

    @Test
    void walk_reportsAndGoesOn_whenTheDirectoryDoesNotExist() {
        Path missing = tmp.resolve("no-such-dir");
        DirectoryWalker.Counts f = DirectoryWalker.walk(missing.toString(), 1000, batch -> { });
        assertEquals(0, f.files());
        assertEquals(1, f.unreadable());
        assertEquals(List.of("cannot read " + missing + ": no such file or directory"), err.lines());
    }

    @Test
    void walk_reportsVanishedDirectories_andCountsTheRest_whenTheyDisappearMidWalk() throws IOException {
        // ten small subdirectories, listed together when the walk opens the top directory; when the walk
        // finds its first file, every other subdirectory is deleted, so each of them vanishes between
        // being listed and being visited: exactly what a busy disk does to a real enumerator
        Path top = Files.createDirectories(tmp.resolve("top"));
        for (int i = 0; i < 10; i++) {
            files(top.resolve("d" + i), 3);
        }
        List<Path> vanished = new ArrayList<>();
        DirectoryWalker.Counts f = DirectoryWalker.walk(top.toString(), 1, batch -> {
            if (vanished.isEmpty()) {
                Path keep = Path.of(batch.get(0)).getParent();
                for (int i = 0; i < 10; i++) {
                    Path d = top.resolve("d" + i);
                    if (!d.equals(keep)) {
                        deleteTree(d);
                        vanished.add(d);
                    }
                }
            }
        });
        assertEquals(9, vanished.size());
        assertEquals(3, f.files(), "the directory being walked keeps its files");
        assertEquals(9, f.unreadable());
        List<String> expected = vanished.stream().map(d -> "cannot read " + d + ": no such file or directory").sorted().toList();
        assertEquals(expected, err.lines().stream().sorted().toList());
    }

    @Test
    void walk_reportsPermissionDenied_andGoesOn_whenADirectoryIsLocked() throws IOException {
        Path top = Files.createDirectories(tmp.resolve("top"));
        files(top.resolve("open"), 4);
        Path locked = top.resolve("locked");
        files(locked, 6);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(cannotList(locked), "chmod 000 does not stop this user (root) from reading");
            DirectoryWalker.Counts f = DirectoryWalker.walk(top.toString(), 1000, batch -> { });
            assertEquals(4, f.files());
            assertEquals(1, f.unreadable());
            assertEquals(List.of("cannot read " + locked + ": permission denied"), err.lines());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void reason_isShortLikeFind_forCommonErrors() {
        assertEquals("permission denied", DirectoryWalker.reason(new AccessDeniedException("/x")));
        assertEquals("no such file or directory", DirectoryWalker.reason(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("not a directory", DirectoryWalker.reason(new java.nio.file.NotDirectoryException("/x")));
        assertEquals("disk on fire", DirectoryWalker.reason(new IOException("disk on fire")));
    }

    @Test
    void directories_areTheArguments_whenGiven() {
        assertEquals(List.of("/a", "b c"), Enumerate.directories(new String[] {"/a", "b c"}));
    }

    static boolean cannotList(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            s.count();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void deleteTree(Path d) {
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
