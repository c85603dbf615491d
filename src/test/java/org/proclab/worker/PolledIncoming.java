package org.proclab.worker;

import java.io.IOException;
import java.io.InputStream;

/** In these tests the kernel's bytes come through a piped stream: waiting for them is looking every millisecond. */
final class PolledIncoming implements AnswerReading.Incoming {
    private final InputStream in;

    PolledIncoming(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean awaitBytes(long millis) throws IOException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (in.available() == 0) {
            if (millis == 0 || System.nanoTime() >= end || Thread.currentThread().isInterrupted()) {
                return false;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // as a selector: an interrupt ends the wait and stays set
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean awaitBytesIdle(long millis) throws IOException {
        return awaitBytes(millis);
    }

    @Override
    public void close() {
        // the test's pipes close with the test
    }
}
