package org.proclab.worker;

/**
 * A value made ready to hand over: its bytes, the short text the views show for it, and the handles
 * (pipe ends, queues, locks, values) serialized inside it, which the kernel checks are the sender's own
 * and gives to whoever takes the message.
 */
public record Message(byte[] bytes, String display, long[] handles) {

    public static Message of(Object value) {
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
