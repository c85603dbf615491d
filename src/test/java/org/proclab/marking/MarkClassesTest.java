package org.proclab.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.playground.Compilation;
import org.proclab.playground.ProgramCompiler;

/**
 * The build's marking of ProcLab's own programs: the lessons and benchmark programs come out of the build marked,
 * and the step marks a folder of classes once, however often the build runs it.
 */
@Tag("unit")
class MarkClassesTest {

    @Test
    void theBuiltLessonsAndBenchPrograms_areMarked_theApiAndAppAreNot() throws IOException {
        for (String c : List.of("org/proclab/lessons/pipe/PipeLesson", "org/proclab/lessons/queue/QueueLesson",
                "org/proclab/lessons/lockvalue/LockAndValue", "org/proclab/bench/programs/PipeOneWay",
                "org/proclab/bench/programs/ValueLocked")) {
            assertTrue(CallSiteMarker.isMarked(bytes(c)), c + " is marked by the build");
        }
        assertFalse(CallSiteMarker.isMarked(bytes("org/proclab/mp/Queue")), "the API is not a program");
        assertFalse(CallSiteMarker.isMarked(bytes("org/proclab/kernel/Kernel")), "nor is the app");
    }

    @Test
    void mark_changesAFolderOnce_andLeavesOtherPackagesAlone(@TempDir Path dir) throws IOException {
        Path lesson = dir.resolve("org/proclab/lessons/pipe/PipeLesson.class");
        Path other = dir.resolve("org/proclab/other/PipeLesson.class");
        byte[] unmarked = unmarkedLesson();
        Files.createDirectories(lesson.getParent());
        Files.createDirectories(other.getParent());
        Files.write(lesson, unmarked);
        Files.write(other, unmarked);

        assertArrayEquals(new int[] {1, 1}, MarkClasses.mark(dir, List.of("org/proclab/lessons/", "org/proclab/absent/")));
        assertTrue(CallSiteMarker.isMarked(Files.readAllBytes(lesson)));
        assertArrayEquals(unmarked, Files.readAllBytes(other), "not under a package given: left as it is");

        byte[] once = Files.readAllBytes(lesson);
        assertArrayEquals(new int[] {0, 1}, MarkClasses.mark(dir, List.of("org/proclab/lessons/")));
        assertArrayEquals(once, Files.readAllBytes(lesson), "a second build's run changes nothing");
    }

    @Test
    void markedOrSame_aClassNewerThanAsmKnows_isLeftAsItIs() throws IOException {
        byte[] future = unmarkedLesson();
        future[6] = 0x7F; // major version 32,5xx: no ASM reads it
        assertArrayEquals(future, CallSiteMarker.markedOrSame(future));
    }

    /** A program's class file as javac writes it, before any marking. */
    private static byte[] unmarkedLesson() {
        Compilation c = new ProgramCompiler().compile("Demo.java", """
                public class Demo {
                    public static void main(String[] args) {
                        new org.proclab.mp.Queue<Integer>().put(1);
                    }
                }
                """);
        assertTrue(c.compiled(), c.problems().toString());
        byte[] bytes = c.classes().get("Demo");
        assertFalse(CallSiteMarker.isMarked(bytes));
        return bytes;
    }

    private static byte[] bytes(String internalName) throws IOException {
        try (InputStream in = MarkClassesTest.class.getResourceAsStream("/" + internalName + ".class")) {
            assertTrue(in != null, internalName);
            return in.readAllBytes();
        }
    }
}
