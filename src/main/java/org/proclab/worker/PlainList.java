package org.proclab.worker;

import static org.proclab.worker.Payloads.BOOL;
import static org.proclab.worker.Payloads.DOUBLE;
import static org.proclab.worker.Payloads.INT;
import static org.proclab.worker.Payloads.LONG;
import static org.proclab.worker.Payloads.NULL;
import static org.proclab.worker.Payloads.STRING;

import java.io.InvalidObjectException;
import java.io.StreamCorruptedException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;

/**
 * An {@link ArrayList} of plain values (Integer, Long, Double, Boolean, String, null) written element by
 * element instead of by Java serialization, whose stream objects cost a small message more than its
 * values (a map's chunk of one, its list of one result). It reads back as an ArrayList of equal values, as
 * Java serialization would give; any other list, or one holding anything else, is serialized as before.
 * Each element is tagged as {@link Payloads} tags a whole message of its kind.
 */
final class PlainList {
    private PlainList() {}

    /** The list's elements if it can be written plainly, else null. A snapshot: the list may change later. */
    static Object[] elementsOf(Object value) {
        if (value == null || value.getClass() != ArrayList.class) {
            return null; // a subclass or another List keeps its own class through serialization
        }
        Object[] elements = ((ArrayList<?>) value).toArray();
        for (Object e : elements) {
            if (!(e == null || e instanceof Integer || e instanceof Long || e instanceof Double || e instanceof Boolean
                    || e instanceof String s && Utf8.wellFormed(s))) {
                return null;
            }
        }
        return elements;
    }

    /** The bytes of {@code elements} after one byte for the tag: a count, then each element's tag and value. */
    static long length(Object[] elements) {
        long n = 4;
        for (Object e : elements) {
            n += 1 + (e == null ? 0 : e instanceof Integer ? 4 : e instanceof Boolean ? 1
                    : e instanceof String s ? 4 + Utf8.length(s) : 8);
        }
        return n;
    }

    /** Writes {@code elements} into {@code out} from {@code at}; it has room for {@link #length} bytes there. */
    static void write(Object[] elements, byte[] out, int at) {
        ByteBuffer b = ByteBuffer.wrap(out, at, out.length - at);
        b.putInt(elements.length);
        for (Object e : elements) {
            if (e == null) {
                b.put(NULL);
            } else if (e instanceof Integer i) {
                b.put(INT).putInt(i);
            } else if (e instanceof Long l) {
                b.put(LONG).putLong(l);
            } else if (e instanceof Double d) {
                b.put(DOUBLE).putDouble(d);
            } else if (e instanceof Boolean z) {
                b.put(BOOL).put((byte) (z ? 1 : 0));
            } else {
                String s = (String) e;
                int len = (int) Utf8.length(s);
                b.put(STRING).putInt(len);
                Utf8.encode(s, out, b.position());
                b.position(b.position() + len);
            }
        }
    }

    /**
     * The list in {@code data} from {@code offset}, under the same limits as a serialized message: no more
     * elements than the bytes can hold or {@link PayloadFilter#MAX_REFERENCES}, no more memory than the budget.
     */
    static ArrayList<Object> read(byte[] data, int offset, long memoryBudget) throws StreamCorruptedException,
            InvalidObjectException {
        ByteBuffer in = ByteBuffer.wrap(data, offset, data.length - offset);
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new StreamCorruptedException(String.format(Locale.ROOT, "the message is damaged: a list of %,d elements in %,d bytes",
                    count, in.remaining()));
        }
        long memory = 16L + 4L * count;
        if (count > PayloadFilter.MAX_REFERENCES || memory > memoryBudget) {
            throw overBudget(count, memoryBudget);
        }
        ArrayList<Object> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte tag = in.get();
            switch (tag) {
                case NULL -> out.add(null);
                case INT -> out.add(in.getInt());
                case LONG -> out.add(in.getLong());
                case DOUBLE -> out.add(in.getDouble());
                case BOOL -> out.add(in.get() != 0);
                case STRING -> {
                    int len = in.getInt();
                    if (len < 0 || len > in.remaining()) {
                        throw new StreamCorruptedException("the message is cut short");
                    }
                    out.add(new String(data, in.position(), len, StandardCharsets.UTF_8));
                    in.position(in.position() + len);
                    memory += 2L * len;
                }
                default -> throw new StreamCorruptedException("the message is damaged: element " + i
                        + " of a list has the unknown tag " + tag);
            }
            memory += PayloadFilter.BYTES_PER_OBJECT;
            if (memory > memoryBudget) {
                throw overBudget(count, memoryBudget);
            }
        }
        if (in.hasRemaining()) {
            throw new StreamCorruptedException("the message is damaged: " + in.remaining() + " bytes after its list");
        }
        return out;
    }

    private static InvalidObjectException overBudget(int count, long memoryBudget) {
        return new InvalidObjectException(String.format(Locale.ROOT, "refused java.util.ArrayList of %,d elements: "
                + "rebuilding the message would take more than %,d MB, over half of this process's memory",
                count, memoryBudget >> 20));
    }
}
