package org.proclab.worker;

import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.proclab.wire.Wire;

/**
 * Turns values into bytes in the sender and back in the receiver. Small common values (numbers,
 * strings, booleans, byte arrays, null) use a compact tag; anything else uses Java serialization, read
 * back through an allow-list ({@link AllowedClasses}) and limits ({@link PayloadFilter},
 * {@link SharedParts}), so a message can only rebuild JDK value types, ProcLab's handles and the
 * program's own classes, and never costs the receiver more than a bounded share of its memory and time.
 *
 * <p>A message is at most {@link #MAX_MESSAGE_BYTES}; a larger one fails in the sender, with a
 * {@link MessageTooLargeException}, before it takes much more memory than the value itself.
 */
public final class Payloads {
    /**
     * The largest message a pipe, queue, shared value or pool carries: 64 MiB once encoded, the wire's
     * limit. A byte array or a string takes its bytes (UTF-8 for a string) plus a one-byte tag; an
     * ArrayList of numbers, booleans, strings and nulls five bytes, then one to nine per element, a string
     * five more than its bytes ({@link PlainList}); any other object its Java serialization plus the tag.
     */
    public static final int MAX_MESSAGE_BYTES = Wire.MAX_MESSAGE;

    /** The first byte of a message; {@link PlainList} tags each element of a plain list with the same numbers. */
    static final byte NULL = 0, INT = 1, LONG = 2, STRING = 3, DOUBLE = 4, BOOL = 5, BYTES = 6, OBJECT = 7, LIST = 8;

    private Payloads() {}

    /**
     * The bytes of a message.
     *
     * @throws MessageTooLargeException if they would be more than {@link #MAX_MESSAGE_BYTES}
     * @throws IllegalArgumentException if the value is or holds something that is not Serializable
     */
    public static byte[] encode(Object value) {
        byte[] compact = encodeCompact(value);
        if (compact != null) {
            return compact;
        }
        byte[] list = encodePlainList(value);
        if (list != null) {
            return list;
        }
        CappedOutputStream out = new CappedOutputStream(MAX_MESSAGE_BYTES, describe(value));
        out.write(OBJECT);
        try {
            writeObject(value, out);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("cannot send a " + value.getClass().getName() + ": it is or contains a "
                    + e.getMessage() + ", which is not Serializable", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot send a " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * The bytes of a value sent with a compact tag of its own (null, an Integer, Long, Double or Boolean, a String, a
     * byte array), or null for any other value. Such a message never holds a pipe end, queue, lock or value.
     *
     * @throws MessageTooLargeException if they would be more than {@link #MAX_MESSAGE_BYTES}
     */
    static byte[] encodeCompact(Object value) {
        if (value == null) {
            return new byte[] {NULL};
        } else if (value instanceof Integer i) {
            return ByteBuffer.allocate(5).put(INT).putInt(i).array();
        } else if (value instanceof Long l) {
            return ByteBuffer.allocate(9).put(LONG).putLong(l).array();
        } else if (value instanceof Double d) {
            return ByteBuffer.allocate(9).put(DOUBLE).putDouble(d).array();
        } else if (value instanceof Boolean b) {
            return new byte[] {BOOL, (byte) (b ? 1 : 0)};
        } else if (value instanceof byte[] b) {
            byte[] out = tagged(BYTES, b.length, "a byte[]");
            System.arraycopy(b, 0, out, 1, b.length);
            return out;
        } else if (value instanceof String s) {
            byte[] out = tagged(STRING, Utf8.length(s), "a String");
            Utf8.encode(s, out, 1);
            return out;
        }
        return null;
    }

    /**
     * The value of a message.
     *
     * @throws IOException with a sentence saying why, if the message is refused (a class that may not
     *                     cross, a limit passed) or cannot be read
     */
    public static Object decode(byte[] data) throws IOException, ClassNotFoundException {
        return decode(data, AllowedClasses.forThisProcess());
    }

    static Object decode(byte[] data, AllowedClasses allowed) throws IOException {
        return decode(data, allowed, Runtime.getRuntime().maxMemory() / 2);
    }

    /** @param memoryBudget how much heap rebuilding an object message may take */
    static Object decode(byte[] data, AllowedClasses allowed, long memoryBudget) throws IOException {
        if (data == null || data.length == 0) {
            throw new StreamCorruptedException("the message is empty");
        }
        int length = data.length - 1;
        try {
            switch (data[0]) {
                case NULL: return null;
                case INT: return ByteBuffer.wrap(data, 1, length).getInt();
                case LONG: return ByteBuffer.wrap(data, 1, length).getLong();
                case STRING: return new String(data, 1, length, StandardCharsets.UTF_8);
                case DOUBLE: return ByteBuffer.wrap(data, 1, length).getDouble();
                case BOOL: return ByteBuffer.wrap(data, 1, length).get() != 0;
                case BYTES: return Arrays.copyOfRange(data, 1, data.length);
                case OBJECT: return readObject(data, 1, length, allowed, memoryBudget);
                case LIST: return PlainList.read(data, 1, memoryBudget);
                default: throw new StreamCorruptedException("unknown payload tag " + data[0]);
            }
        } catch (BufferUnderflowException e) {
            throw new StreamCorruptedException("the message is cut short");
        }
    }

    /**
     * The message {@link #encode} makes of {@code value} if it is an ArrayList of plain values, written element by
     * element; null for anything else.
     *
     * @throws MessageTooLargeException if it would be more than {@link #MAX_MESSAGE_BYTES}
     */
    public static byte[] encodePlainList(Object value) {
        Object[] plain = PlainList.elementsOf(value);
        if (plain == null) {
            return null;
        }
        byte[] out = tagged(LIST, PlainList.length(plain), describe(value));
        PlainList.write(plain, out, 1);
        return out;
    }

    /** What the kernel shows for a message: made by the sender, so the kernel never decodes. */
    public static String display(Object value) {
        return PayloadDisplay.of(value);
    }

    /** A task, serialized; capped like a message. */
    public static byte[] serialize(Object value) throws IOException {
        return serialize(value, describe(value));
    }

    /**
     * Like {@link #serialize(Object)}; {@code what} names the value if it is too large ("a pool task").
     *
     * @throws MessageTooLargeException if it takes more than {@link #MAX_MESSAGE_BYTES}
     */
    public static byte[] serialize(Object value, String what) throws IOException {
        CappedOutputStream out = new CappedOutputStream(MAX_MESSAGE_BYTES, what);
        writeObject(value, out);
        return out.toByteArray();
    }

    public static Object deserialize(byte[] data) throws IOException, ClassNotFoundException {
        return readObject(data, 0, data.length, AllowedClasses.forThisProcess(), Runtime.getRuntime().maxMemory() / 2);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        return value.getClass().isHidden() ? "a lambda and what it captures" : "a " + value.getClass().getTypeName();
    }

    private static byte[] tagged(byte tag, long bodyLength, String what) {
        if (bodyLength + 1 > MAX_MESSAGE_BYTES) {
            throw MessageTooLargeException.of(what, bodyLength, MAX_MESSAGE_BYTES);
        }
        byte[] out = new byte[(int) bodyLength + 1];
        out[0] = tag;
        return out;
    }

    private static void writeObject(Object value, OutputStream to) throws IOException {
        if (value != null && !(value instanceof Serializable)) {
            throw new NotSerializableException(value.getClass().getName());
        }
        try {
            ObjectOutputStream out = new ObjectOutputStream(to);
            out.writeObject(value);
            out.flush(); // not close(): after a failure it would write again
        } catch (StackOverflowError e) {
            throw new InvalidObjectException("it is nested too deeply to be sent");
        }
    }

    private static Object readObject(byte[] data, int offset, int length, AllowedClasses allowed, long memoryBudget)
            throws IOException {
        if (length > MAX_MESSAGE_BYTES) {
            throw refused(String.format(Locale.ROOT, "the message: its %,d bytes are more than the %,d a message may be",
                    length, MAX_MESSAGE_BYTES));
        }
        PayloadInputStream in = new PayloadInputStream(data, offset, length, allowed, memoryBudget);
        try {
            return in.readObject();
        } catch (InvalidClassException e) {
            throw refused(in.refusal() != null ? in.refusal() : e.getMessage());
        } catch (InvalidObjectException e) {
            throw refused(e.getMessage());
        } catch (ClassNotFoundException e) {
            throw refused(e.getMessage() + ": a class this process does not have");
        } catch (IOException e) {
            throw damaged(e);
        } catch (RuntimeException e) {
            throw damaged(e); // a crafted stream that assigns a value to a field of another type, or the like
        } catch (StackOverflowError e) {
            throw refused("the message: it is nested too deeply for this process's stack");
        } catch (OutOfMemoryError e) {
            throw refused("the message: it does not fit in this process's memory");
        }
    }

    private static IOException damaged(Exception e) {
        IOException out = new StreamCorruptedException("the message is damaged: " + e);
        out.initCause(e);
        return out;
    }

    private static IOException refused(String what) {
        return new InvalidObjectException("refused " + what);
    }
}
