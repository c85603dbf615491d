package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.proclab.marking.CallSiteMarker;

/**
 * A program's calls of the API, marked in its class file ({@link CallSiteMarker}): each operation takes the line a walk of the stack would
 * give, and no note is left for an operation that is not the marked call's (one through the JDK, after a call that
 * threw or made none).
 */
@Tag("unit")
class CallSitesTest {
    private static final String FAKE_API = "org/proclab/worker/FakeApi";

    @AfterEach
    void clear() {
        CallSites.off();
        FakeApi.SEEN.clear();
    }

    @Test
    void eachMarkedCall_takesTheLineTheStackGives_andNothingIsLeftForAnotherOperation() throws Exception {
        byte[] marked = CallSiteMarker.mark(bytesOf(CallSitesFixture.class), FAKE_API);
        assertNotNull(marked, "the fixture calls the API: it is marked");
        Runnable program = (Runnable) new OneClass(getClass().getClassLoader())
                .define(CallSitesFixture.class.getName(), marked).getConstructor().newInstance();

        assertThrows(IllegalStateException.class, program::run); // the last fail() is not caught

        List<FakeApi.Seen> seen = FakeApi.SEEN;
        List<String> tags = seen.stream().map(FakeApi.Seen::tag).toList();
        assertEquals(List.of("first", "loop", "loop", "value", "from value", "after a call that threw",
                "through the JDK", "after a call that made no operation", "in a lambda", "in a finally block"), tags);
        for (FakeApi.Seen s : seen) {
            switch (s.tag()) {
                case "through the JDK" -> assertNull(s.noted(), "a call through forEach is looked up on the stack");
                case "after a call that threw", "after a call that made no operation", "in a finally block" ->
                        assertNull(s.noted(), s.tag() + ": no note left");
                default -> {
                    assertNotNull(s.noted(), s.tag());
                    assertEquals(s.onTheStack(), s.noted(), s.tag() + ": the line a walk gives");
                    assertEquals("CallSitesFixture.java", s.noted().file());
                }
            }
        }
        assertEquals(seen.get(1).noted(), seen.get(2).noted(), "one site, one line, each time round the loop");
    }

    @Test
    void aClassThatNeverCallsTheApi_isLeftAsItIs() throws Exception {
        assertNull(CallSiteMarker.mark(bytesOf(NotesLeft.class), "org/proclab/worker/NoSuchApi"));
        assertNull(CallSiteMarker.mark(new byte[] {1, 2, 3}, FAKE_API), "not a class file: left to the JVM to refuse");
        byte[] marked = CallSiteMarker.mark(bytesOf(CallSitesFixture.class), FAKE_API);
        assertNull(CallSiteMarker.mark(marked, FAKE_API), "a marked class is not marked twice");
    }

    @Test
    void programClasses_areThoseTheStackDoesNotSkip() {
        assertEquals(true, CallSiteMarker.isProgram("org/proclab/lessons/pipe/PipeLesson"));
        assertEquals(false, CallSiteMarker.isProgram("javax/swing/JFrame"));
        assertEquals(true, CallSiteMarker.isProgram("Main"));
        assertEquals(false, CallSiteMarker.isProgram("org/proclab/mp/Queue"));
        assertEquals(false, CallSiteMarker.isProgram("org/proclab/worker/WorkerMain"));
        assertEquals(false, CallSiteMarker.isProgram("java/util/ArrayList"));
    }

    private static byte[] bytesOf(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Defines one class from given bytes; everything else from its parent. */
    private static final class OneClass extends ClassLoader {
        OneClass(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
