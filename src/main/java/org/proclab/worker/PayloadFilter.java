package org.proclab.worker;

import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.util.Locale;

/**
 * The checks made while one message is read, before each class is used and each array allocated:
 * allowed classes only, and limits on depth, objects, array lengths and memory. It remembers why it
 * refused, because the stream itself only says "REJECTED".
 */
final class PayloadFilter implements ObjectInputFilter {
    static final int MAX_DEPTH = 200;
    /** Objects read, counting each reference to one already read. */
    static final int MAX_REFERENCES = 10_000_000;
    /** A rough price of one rebuilt object: its header and fields, and the stream's handle for it. */
    static final long BYTES_PER_OBJECT = 40;

    private final AllowedClasses allowed;
    private final long streamLength;
    private final long memoryBudget;
    /** A rough count of the heap the objects rebuilt so far take. */
    private long memory;
    private long bytesRead;
    private String refusal;

    /**
     * @param streamLength the bytes of the message: no array can have more elements than they hold
     * @param memoryBudget how much heap rebuilding the message may take
     */
    PayloadFilter(AllowedClasses allowed, long streamLength, long memoryBudget) {
        this.allowed = allowed;
        this.streamLength = streamLength;
        this.memoryBudget = memoryBudget;
    }

    /** Why the message was refused, naming the class; null if it was not. */
    String refusal() {
        return refusal;
    }

    /** The bytes of the message read by the last check: a check comes at the start of every object. */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        bytesRead = info.streamBytes();
        Class<?> c = info.serialClass();
        if (info.depth() > MAX_DEPTH) {
            return refuse(c, "it is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (info.references() > MAX_REFERENCES) {
            return refuse(c, String.format(Locale.ROOT, "the message holds more than %,d objects", MAX_REFERENCES));
        }
        if (c != null && info.arrayLength() >= 0) {
            String why = arrayRefusal(c.getComponentType(), info.arrayLength(), info.streamBytes());
            if (why != null) {
                return refuse(c, why);
            }
        }
        if (memory > memoryBudget) {
            return refuse(c, overBudget());
        }
        if (c != null) {
            String why = allowed.refusal(c);
            if (why != null) {
                return refuse(c, "it is " + why
                        + "; only JDK value types and the program's own classes may cross between processes");
            }
        }
        return Status.ALLOWED;
    }

    /**
     * Counts an object the stream has rebuilt. Strings never reach {@link #checkInput} (they have no
     * class descriptor), so this is where a message of millions of short strings meets the budget.
     */
    void rebuilt(Object o) throws InvalidObjectException {
        memory += BYTES_PER_OBJECT + (o instanceof String s ? s.length() : 0);
        if (memory > memoryBudget) {
            refuse(o.getClass(), overBudget());
            throw new InvalidObjectException(refusal);
        }
    }

    private String overBudget() {
        return String.format(Locale.ROOT, "rebuilding the message would take more than %,d MB, "
                + "over half of this process's memory", memoryBudget >> 20);
    }

    /** Each element takes at least a byte of the stream (a null), and a primitive its own size. */
    private String arrayRefusal(Class<?> component, long length, long consumed) {
        long bytesLeft = Math.max(0, streamLength - consumed);
        int inStream = component == null || !component.isPrimitive() ? 1 : sizeOf(component);
        if (length * inStream > bytesLeft) {
            return String.format(Locale.ROOT, "an array of %,d elements, which the %,d bytes left in the message cannot hold",
                    length, bytesLeft);
        }
        memory += length * (component != null && component.isPrimitive() ? sizeOf(component) : 4);
        return null;
    }

    private static int sizeOf(Class<?> primitive) {
        if (primitive == long.class || primitive == double.class) {
            return 8;
        }
        if (primitive == int.class || primitive == float.class) {
            return 4;
        }
        return primitive == char.class || primitive == short.class ? 2 : 1;
    }

    private Status refuse(Class<?> c, String why) {
        if (refusal == null) {
            refusal = (c == null ? "the message" : c.getTypeName()) + ": " + why;
        }
        return Status.REJECTED;
    }
}
