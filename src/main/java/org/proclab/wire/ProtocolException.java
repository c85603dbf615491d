package org.proclab.wire;

import java.io.IOException;

/**
 * A frame that breaks the control protocol: too long, truncated, of an unknown type, or whose fields do
 * not add up to its length. The connection it came on cannot be trusted any more and is ended.
 */
public final class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
