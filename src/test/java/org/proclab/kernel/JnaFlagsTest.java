package org.proclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lessons.enumerate.TypedListingInAWorker;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Workers find JNA's native part unpacked once, not unpacked again by every process, and lesson 6's typed
 * listing loads with it in a main process and its child.
 */
@Tag("process")
class JnaFlagsTest {

    @Test
    void flags_nameTheUnpackedNativePart_unpackedOnce() throws Exception {
        List<String> flags = JnaFlags.flags();
        assertEquals(2, flags.size(), flags.toString());
        assertTrue(flags.get(0).startsWith("-Djna.boot.library.path="), flags.toString());
        Path lib = Path.of(flags.get(0).substring("-Djna.boot.library.path=".length())).resolve("libjnidispatch.so");
        assertTrue(Files.size(lib) > 100_000, lib + ": " + Files.size(lib));
        FileTime made = Files.getLastModifiedTime(lib);
        assertEquals(flags, JnaFlags.flags());
        assertEquals(made, Files.getLastModifiedTime(lib), "not written again");
        assertEquals("-Djna.platform.library.path=/usr/lib:/lib", flags.get(1));
    }

    @Test
    void aWorkerAndItsChild_loadTheTypedListing_fromTheUnpackedNativePart(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("a"));
        Files.createDirectory(dir.resolve("b"));
        Runs.Outcome o = Runs.run(TypedListingInAWorker.class, dir.toString());
        long main = o.result().mainPid();
        String unpacked = Path.of(JnaFlags.flags().get(0).substring("-Djna.boot.library.path=".length()))
                .resolve("libjnidispatch.so").toString();
        assertEquals(List.of("main loaded: true", "main entries: 2", "main native part from: " + unpacked,
                "child loaded: true", "child entries: 2", "child native part from: " + unpacked),
                o.of(EventKind.OUTPUT).stream().map(Event::text).toList(), // the child's lines after its parent's: it joins it
                "exit " + o.result().exitCode() + ", jvm " + o.lines(main, "jvm"));
        assertEquals(0, o.result().exitCode());
    }
}
