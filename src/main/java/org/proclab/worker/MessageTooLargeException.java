package org.proclab.worker;

import java.util.Locale;

/**
 * A message is larger than a pipe, queue or pool carries ({@link Payloads#MAX_MESSAGE_BYTES}). Thrown in
 * the sender, before anything is sent, so the receiver never sees a part of it.
 */
public final class MessageTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private MessageTooLargeException(String message) {
        super(message);
    }

    /** The size is known: a byte array or a string, which the message holds after a one-byte tag. */
    static MessageTooLargeException of(String what, long bytes, int limit) {
        return new MessageTooLargeException(String.format(Locale.ROOT,
                "cannot send %s of %,d bytes: a message may be at most %s, its one-byte tag included",
                what, bytes, limit(limit)));
    }

    /** Encoding stopped at the limit, so all that is known is that the message is larger. */
    static MessageTooLargeException moreThan(String what, int limit) {
        return new MessageTooLargeException(String.format(Locale.ROOT,
                "cannot send %s: it takes more than %s, the most a message may be", what, limit(limit)));
    }

    private static String limit(int limit) {
        return limit % (1 << 20) == 0
                ? String.format(Locale.ROOT, "%,d bytes (%d MiB)", limit, limit >> 20)
                : String.format(Locale.ROOT, "%,d bytes", limit);
    }
}
