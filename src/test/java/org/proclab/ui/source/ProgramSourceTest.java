package org.proclab.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A lesson program's source files: its main class's and its helper classes'. */
@Tag("unit")
class ProgramSourceTest {
    @Test
    void loadWithHelpers_lesson6_mainFirst_thenEveryHelperItsCodeUses_notTheVariantsMain() {
        List<ProgramSource> files = ProgramSource.loadWithHelpers("org.proclab.lessons.enumerate.Enumerate");
        assertEquals(List.of("Enumerate.java", "DirectoryWalker.java", "ManyProcesses.java", "OneProcess.java", "Report.java", "TypedListing.java",
                "WithPool.java"), files.stream().map(ProgramSource::fileName).toList());
        files.forEach(f -> assertNull(f.problem(), f.fileName()));
        assertTrue(files.get(1).lines().stream().anyMatch(l -> l.contains("final class DirectoryWalker")));
    }

    @Test
    void loadWithHelpers_variantUsingTheLessonsClasses_getsThemToo() {
        List<ProgramSource> files = ProgramSource.loadWithHelpers("org.proclab.lessons.enumerate.OneMessagePerFile");
        assertEquals("OneMessagePerFile.java", files.get(0).fileName());
        assertTrue(files.stream().anyMatch(f -> f.fileName().equals("ManyProcesses.java")));
    }

    @Test
    void loadWithHelpers_programOfOneFile_isOneFile() {
        assertEquals(List.of("QueueLesson.java"), ProgramSource.loadWithHelpers("org.proclab.lessons.queue.QueueLesson")
                .stream().map(ProgramSource::fileName).toList());
    }
}
