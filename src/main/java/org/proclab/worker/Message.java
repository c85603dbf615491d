package org.proclab.worker;

/**
 * A value made ready to hand over: its bytes, the short text the views show for it, and the handles
 * (pipe ends, queues, locks, values) serialized inside it, which the kernel checks are the sender's own
 * and gives to whoever takes the message.
 */
public record Message(byte[] bytes, String display, long[] handles) {

    private static final long[] NO_HANDLES = {};

    public static Message of(Object value) {
        byte[] compact = Payloads.encodeCompact(value);
        if (compact != null) { // most messages: no capture to set up, nothing to collect
            return new Message(compact, Payloads.display(value), NO_HANDLES);
        }
        HandleCapture capture = HandleCapture.begin();
        byte[] bytes;
        long[] handles;
        try {
            bytes = Payloads.encode(value);
        } finally {
            handles = capture.end();
        }
        return new Message(bytes, Payloads.display(value), handles);
    }
}
