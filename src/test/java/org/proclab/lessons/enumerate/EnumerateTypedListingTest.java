package org.proclab.lessons.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walker with Linux's typed listing (getdents64's d_type, as find reads it) against the walk by names
 * (one lstat per entry) and against {@code find -type f} itself: the same counts, paths and messages.
 */
@Tag("process")
class EnumerateTypedListingTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final CapturedStderr err = new CapturedStderr();

    private static boolean linux() {
        return "Linux".equals(System.getProperty("os.name"));
    }

    /** A tree with every kind of entry find -type f must tell apart; returns its regular file count. */
    private Path mixedTree() throws IOException, InterruptedException {
        Path top = Files.createDirectories(tmp.resolve("top"));
        Files.createDirectories(top.resolve("a/b/c"));
        Files.createDirectories(top.resolve("empty"));
        Path spaced = Files.createDirectories(top.resolve("dossier été 目录"));
        for (int i = 0; i < 3; i++) {
            Files.createFile(top.resolve("a/f" + i));
            Files.createFile(top.resolve("a/b/c/g" + i));
        }
        Files.createFile(spaced.resolve("café à la carte.txt"));
        Files.createFile(spaced.resolve("文件 一.txt"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createFile(elsewhere.resolve("not-walked"));
        Files.createSymbolicLink(top.resolve("link-to-dir"), elsewhere);
        Files.createSymbolicLink(top.resolve("a/link-to-file"), top.resolve("a/f0"));
        if (run("mkfifo", top.resolve("a/fifo").toString()) != 0) {
            Files.deleteIfExists(top.resolve("a/fifo"));
        }
        return top;
    }

    private static int run(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** What {@code find DIR -type f | wc -l} says, or -1 if find cannot be run. */
    private static long find(Path dir) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("find", dir.toString(), "-type", "f")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().count();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? lines : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> paths(Path dir, boolean typed) {
        List<String> out = new ArrayList<>();
        DirectoryWalker.walk(dir.toString(), 1000, out::addAll, typed);
        return out.stream().sorted().toList();
    }

    @Test
    void walk_countsWhatFindCountsAndTheWalkByNames_onATreeOfEveryKindOfEntry() throws Exception {
        assumeTrue(linux(), "the typed listing is Linux's");
        Path top = mixedTree();
        boolean fifo = Files.exists(top.resolve("a/fifo"), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        long byFind = find(top);
        assumeTrue(byFind >= 0, "find is not on the PATH");
        assertEquals(8, byFind, "find's own count of the tree (fifo made: " + fifo + ")");

        DirectoryWalker.Counts typed = DirectoryWalker.walk(top.toString(), 1000, null, true);
        DirectoryWalker.Counts byName = DirectoryWalker.walk(top.toString(), 1000, null, false);
        assertEquals(byFind, typed.files());
        assertEquals(byFind, byName.files());
        assertEquals(0, typed.unreadable());
        List<String> typedPaths = paths(top, true);
        assertEquals(paths(top, false), typedPaths, "the same paths, spelt as Java spells them");
        assertTrue(typedPaths.contains(top.resolve("dossier été 目录/café à la carte.txt").toString()), typedPaths.toString());
        assertEquals(List.of(), err.lines());
    }

    @Test
    void list_givesDirectoriesAndFilesWithTheirTypes_andLeavesOutLinksFifosAndDots() throws Exception {
        assumeTrue(linux(), "the typed listing is Linux's");
        Path top = mixedTree();
        TypedListing listing = TypedListing.forThisSystem();
        assertNotNull(listing, "JNA loads and the C library has open/getdents64 on this Linux");
        TypedListing.Entries a = listing.list(top.resolve("a"), true);
        Map<String, Byte> types = new HashMap<>();
        for (int i = 0; i < a.size; i++) {
            types.put(a.names[i], a.types[i]);
        }
        // tmpfs and ext4 fill d_type; a file system that does not would say DT_UNKNOWN (the walker then asks)
        assumeTrue(types.values().stream().noneMatch(t -> t == TypedListing.DT_UNKNOWN), "no d_type here");
        assertEquals(Map.of("b", TypedListing.DT_DIR, "f0", TypedListing.DT_REG, "f1", TypedListing.DT_REG,
                "f2", TypedListing.DT_REG), types);

        TypedListing.Entries withoutFileNames = listing.list(top.resolve("a"), false);
        assertEquals(3, withoutFileNames.unnamedFiles, "files are still counted, only not named");
        assertEquals(1, withoutFileNames.size);
        assertEquals("b", withoutFileNames.names[0], "only the directory needs its name, to be walked");
    }

    @Test
    void list_isNull_whenTheDirectoryCannotBeOpened_soTheWalkerAsksJava() {
        assumeTrue(linux(), "the typed listing is Linux's");
        TypedListing listing = TypedListing.forThisSystem();
        assertNotNull(listing);
        assertNull(listing.list(tmp.resolve("no-such-dir"), false));
    }

    @Test
    void walk_readsALongDirectoryInSeveralBuffers_andCountsItWhole() throws IOException {
        assumeTrue(linux(), "the typed listing is Linux's");
        Path big = Files.createDirectories(tmp.resolve("big"));
        for (int i = 0; i < 5000; i++) {
            Files.createFile(big.resolve(String.format("a-rather-long-file-name-%05d.txt", i)));
        }
        TypedListing listing = TypedListing.forThisSystem();
        TypedListing.Entries entries = listing.list(big, true);
        assertTrue(listing.buffersRead() > 1, "5,000 entries of 56 bytes need more than one 64 KiB buffer: "
                + listing.buffersRead());
        assertEquals(5000, entries.size);
        assertEquals(5000, java.util.Arrays.stream(entries.names, 0, entries.size).distinct().count());

        List<String> paths = paths(big, true);
        assertEquals(5000, paths.size());
        assertEquals(5000, paths.stream().distinct().count());
        assertTrue(paths.stream().allMatch(p -> Files.isRegularFile(Path.of(p))));
    }

    @Test
    void count_tellsProgressInTheStepsWalkBatches_andMakesNoPath_withTheTypedListingOrWithout() throws IOException {
        Path top = Files.createDirectories(tmp.resolve("top"));
        for (int d = 0; d < 25; d++) {                  // 2,500 files, 100 per directory, as in the bench's tree
            Path dir = Files.createDirectories(top.resolve("d" + d));
            for (int i = 0; i < 100; i++) {
                Files.createFile(dir.resolve("f" + i));
            }
        }
        for (boolean typed : new boolean[] {true, false}) {
            List<Integer> batches = new ArrayList<>();
            DirectoryWalker.walk(top.toString(), 1000, batch -> batches.add(batch.size()), typed);
            List<Integer> told = new ArrayList<>();
            DirectoryWalker.Counts counted = DirectoryWalker.count(top.toString(), 1000, told::add, typed);
            assertEquals(2500, counted.files());
            assertEquals(List.of(1000, 1000, 500), batches);
            assertEquals(batches, told, "the lesson's progress lines stay those of the batches; typed: " + typed);
        }
    }

    @Test
    void walk_countsNamesThatAreNotUtf8_byAskingJavaForThatDirectory() throws Exception {
        assumeTrue(linux(), "the typed listing is Linux's");
        Path top = Files.createDirectories(tmp.resolve("top"));
        Files.createFile(top.resolve("plain"));
        // a directory and a file whose names are the byte 0xFF: no UTF-8 text gives those bytes back
        String sh = "d=$(printf 'bad\\377dir'); mkdir \"$d\" && touch \"$d/inside\" \"$(printf 'bad\\377file')\"";
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", sh).directory(top.toFile());
        assumeTrue(pb.start().waitFor() == 0, "sh could not make the names");

        assertNull(TypedListing.forThisSystem().list(top, true), "a name it cannot give exactly: Java lists this one");
        assertEquals(3, find(top));
        assertEquals(3, DirectoryWalker.walk(top.toString(), 1000, batch -> { }, true).files());
        assertEquals(3, DirectoryWalker.walk(top.toString(), 1000, null, true).files());
        assertEquals(3, DirectoryWalker.walk(top.toString(), 1000, null, false).files());
        assertEquals(List.of(), err.lines());
    }

    @Test
    void walk_reportsALockedDirectoryInTheSameWords_withTheTypedListingOrWithout() throws IOException {
        Path top = Files.createDirectories(tmp.resolve("top"));
        Files.createDirectories(top.resolve("open"));
        Files.createFile(top.resolve("open/f"));
        Path locked = Files.createDirectories(top.resolve("locked"));
        Files.createFile(locked.resolve("g"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(EnumerateWalkerTest.cannotList(locked), "chmod 000 does not stop this user (root) from reading");
            for (boolean typed : new boolean[] {true, false}) {
                err.reset();
                DirectoryWalker.Counts f = DirectoryWalker.walk(top.toString(), 1000, null, typed);
                assertEquals(1, f.files());
                assertEquals(1, f.unreadable());
                assertEquals(List.of("cannot read " + locked + ": permission denied"), err.lines(), "typed: " + typed);
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
