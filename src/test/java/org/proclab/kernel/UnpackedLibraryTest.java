package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar entry is read once per app JVM; the copy is checked at each call and restored if it went away. */
@Tag("unit")
class UnpackedLibraryTest {
    private static final byte[] LIB = "pretend native library".getBytes();

    private final AtomicInteger reads = new AtomicInteger();

    private UnpackedLibrary library(Path dir, byte[] entry) {
        return new UnpackedLibrary(dir, "lib.so", () -> {
            reads.incrementAndGet();
            return entry == null ? null : new ByteArrayInputStream(entry);
        });
    }

    @Test
    void folder_unpacksTheEntry_atTheFirstCall(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("jna");
        assertEquals(dir, library(dir, LIB).folder());
        assertArrayEquals(LIB, Files.readAllBytes(dir.resolve("lib.so")));
        assertEquals(1, reads.get());
    }

    @Test
    void folder_readsTheEntryOnce_whenTheCopyStays(@TempDir Path dir) throws Exception {
        UnpackedLibrary lib = library(dir, LIB);
        lib.folder();
        FileTime made = Files.getLastModifiedTime(dir.resolve("lib.so"));
        assertEquals(dir, lib.folder());
        assertEquals(dir, lib.folder());
        assertEquals(1, reads.get(), "the jar entry read again");
        assertEquals(made, Files.getLastModifiedTime(dir.resolve("lib.so")));
    }

    @Test
    void folder_keepsACopyOfTheRightSize_fromAnEarlierRun(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("lib.so"), LIB);
        FileTime earlier = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(dir.resolve("lib.so"), earlier);
        assertEquals(dir, library(dir, LIB).folder());
        assertEquals(earlier, Files.getLastModifiedTime(dir.resolve("lib.so")), "not written again");
    }

    @Test
    void folder_restoresTheCopy_whenDeletedWhileTheAppRuns(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("jna");
        UnpackedLibrary lib = library(dir, LIB);
        lib.folder();
        Files.delete(dir.resolve("lib.so"));
        Files.delete(dir);
        assertEquals(dir, lib.folder());
        assertArrayEquals(LIB, Files.readAllBytes(dir.resolve("lib.so")));
        assertEquals(2, reads.get());
    }

    @Test
    void folder_replacesACopyCutShort(@TempDir Path dir) throws Exception {
        UnpackedLibrary lib = library(dir, LIB);
        lib.folder();
        Files.write(dir.resolve("lib.so"), new byte[] {1, 2, 3});
        assertEquals(dir, lib.folder());
        assertArrayEquals(LIB, Files.readAllBytes(dir.resolve("lib.so")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void folder_isNull_andAskedOnce_whenTheJarHasNoSuchEntry(@TempDir Path dir) throws Exception {
        UnpackedLibrary lib = library(dir, null);
        assertNull(lib.folder());
        assertNull(lib.folder());
        assertEquals(1, reads.get());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
