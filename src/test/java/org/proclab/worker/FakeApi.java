package org.proclab.worker;

import java.util.ArrayList;
import java.util.List;

/** An API for {@link CallSitesTest}: each operation records the note it took and the line the stack gives. */
public final class FakeApi {
    /** What each operation saw: its tag, the note it took (null if none), and the calling line on the stack. */
    public record Seen(String tag, Caller.Site noted, Caller.Site onTheStack) {}

    public static final List<Seen> SEEN = new ArrayList<>();

    private FakeApi() {}

    public static void op(String tag) {
        SEEN.add(new Seen(tag, CallSites.take(), fixtureLine()));
    }

    public static String value() {
        op("value");
        return "from value";
    }

    /** Throws before its operation, as a send of something not Serializable does. */
    public static void fail() {
        throw new IllegalStateException("refused");
    }

    /** Makes no operation (as getLock() makes none). */
    public static void quiet() {
    }

    /** The line of the fixture's frame, as a walk finds it. */
    private static Caller.Site fixtureLine() {
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if (e.getClassName().startsWith(CallSitesFixture.class.getName())) {
                return new Caller.Site(e.getFileName(), e.getLineNumber());
            }
        }
        return null;
    }
}
