package org.proclab.worker;

import java.util.List;

/** A program whose calls of {@link FakeApi} {@link CallSitesTest} marks. */
public final class CallSitesFixture implements Runnable {
    @Override
    public void run() {
        FakeApi.op("first");
        for (int i = 0; i < 2; i++) {
            FakeApi.op("loop");
        }
        FakeApi.op(FakeApi.value());
        try {
            FakeApi.fail();
        } catch (IllegalStateException e) {
            NotesLeft.record("after a call that threw");
        }
        List.of("through the JDK").forEach(FakeApi::op);
        FakeApi.quiet();
        NotesLeft.record("after a call that made no operation");
        Runnable lambda = () -> FakeApi.op("in a lambda");
        lambda.run();
        try {
            FakeApi.fail();
        } finally {
            NotesLeft.record("in a finally block");
        }
    }
}
