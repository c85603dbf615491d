package org.proclab.worker;

import java.util.List;

/** The kernel's answer to one blocking operation. */
public record Reply(byte status, long value, String text, List<byte[]> payloads) {
    public byte[] payload() {
        return payloads.isEmpty() ? null : payloads.get(0);
    }
}
