package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bench's Python side travels inside the jar, so a bench run away from the repository still compares. */
@Tag("unit")
class BundledScriptsTest {

    @Test
    void extract_writesEveryScriptAsTheRepositoryHasIt_besideEachOther() throws Exception {
        Path mpBench = BundledScripts.extract().orElseThrow();
        assertEquals(PythonRunner.SCRIPT, mpBench.getFileName().toString());
        assertNotEquals(Path.of("bench").toAbsolutePath(), mpBench.getParent(), "a copy, not the repository's file");
        for (String name : BundledScripts.NAMES) {
            Path copy = mpBench.resolveSibling(name);
            assertArrayEquals(Files.readAllBytes(Path.of("bench", name)), Files.readAllBytes(copy), name);
        }
        assertTrue(EnumerateRows.pythonScript(mpBench).isPresent(), "lesson 6's rows find enumerate.py beside it");
    }

    @Test
    void locateScript_inTheRepository_isTheRepositorysOwnFile() {
        assertEquals(Path.of("bench", PythonRunner.SCRIPT).toAbsolutePath(), Bench.locateScript().orElseThrow());
    }
}
