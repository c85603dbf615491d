package org.proclab.worker;

import java.util.List;

/**
 * The kernel's answer to one operation: a status (OK, EOF, TIMEOUT, ERROR, REFUSED), a number, the credit
 * it adds for the operation's target, a text (an error's message), and payloads.
 */
public record Reply(byte status, long value, long credit, String text, List<byte[]> payloads) {
    /** ERROR or REFUSED: {@link #text()} says why. */
    public boolean failed() {
        return status == org.proclab.wire.Wire.ERROR || status == org.proclab.wire.Wire.REFUSED;
    }

    public byte[] payload() {
        return payloads.isEmpty() ? null : payloads.get(0);
    }
}
