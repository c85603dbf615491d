package org.proclab.worker;

import java.io.InvalidObjectException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Refuses a message whose objects, followed through their shared parts, are far larger than the message:
 * the "serialization bomb". A few kilobytes can describe sets that contain the same two sets, which
 * contain the same two sets, a hundred levels down; each set rebuilt hashes its elements, and a hash
 * follows every path, 2^100 of them. So as each object is completed (before any set hashes it), its
 * expanded size, its own weight plus that of every element or field, is worked out from its parts' sizes.
 * Without shared containers it never exceeds the bytes that describe it (every element takes a byte or
 * more, a set more than {@link #SET_WEIGHT}); past {@link #ALLOWANCE} plus the bytes read so far, the
 * message is refused. So a message costs the receiver no more hashing than an honest one of its size.
 */
final class SharedParts {
    /** How far a message may unfold beyond its bytes: a grid of a thousand copies of one row of a thousand. */
    static final long ALLOWANCE = 1_000_000;
    /** A set or map costs a hash more than a list to walk; a serialized one takes more than 20 bytes. */
    static final long SET_WEIGHT = 8;

    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> c) {
            return referenceFields(c);
        }
    };

    /** Classes whose objects hold no parts a hash follows: values of the JDK and enums. */
    private static final ClassValue<Boolean> LEAVES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return c.isEnum() || c == String.class || Number.class.isAssignableFrom(c) && c.getModule().isNamed()
                    || c == Boolean.class || c == Character.class || c.getPackageName().startsWith("java.time")
                    || c.isArray() && c.getComponentType().isPrimitive();
        }
    };

    private static boolean isLeaf(Object o) {
        return o instanceof String || o instanceof Integer || o instanceof Long || o instanceof Double
                || o instanceof Enum || LEAVES.get(o.getClass());
    }

    /** Expanded sizes of the objects completed so far; an object absent here counts 1. */
    private final IdentityHashMap<Object, Long> sizes = new IdentityHashMap<>();
    private final LongSupplier bytesRead;

    /** @param bytesRead how many bytes of the message have been read so far */
    SharedParts(LongSupplier bytesRead) {
        this.bytesRead = bytesRead;
    }

    /** Called for each object as the stream completes it, before it is handed to its container. */
    void completed(Object o) throws InvalidObjectException {
        if (isLeaf(o)) {
            return;
        }
        long read = bytesRead.getAsLong();
        long limit = ALLOWANCE + read;
        long size = expandedSize(o, limit);
        if (size > limit) {
            throw new InvalidObjectException(String.format(Locale.ROOT,
                    "%s: followed through its shared parts it unfolds to more than %,d elements, "
                            + "which %,d bytes cannot honestly describe (a serialization bomb)",
                    o.getClass().getTypeName(), limit, read));
        }
        if (size > 1) {
            sizes.put(o, size);
        }
    }

    private long expandedSize(Object o, long limit) {
        long size = 1;
        try {
            if (o instanceof Object[] array) {
                for (Object e : array) {
                    if ((size += sizeOf(e)) > limit) {
                        return size;
                    }
                }
            } else if (o instanceof Collection<?> c) {
                size = c instanceof Set && !c.isEmpty() ? SET_WEIGHT : 1;
                for (Object e : c) {
                    if ((size += sizeOf(e)) > limit) {
                        return size;
                    }
                }
            } else if (o instanceof Map<?, ?> m) {
                size = m.isEmpty() ? 1 : SET_WEIGHT;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if ((size += sizeOf(e.getKey()) + sizeOf(e.getValue())) > limit) {
                        return size;
                    }
                }
            } else if (o instanceof Map.Entry<?, ?> e) {
                size += sizeOf(e.getKey()) + sizeOf(e.getValue());
            } else {
                for (Field f : FIELDS.get(o.getClass())) {
                    size += sizeOf(f.get(o));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a program's own collection that cannot be walked yet: count what was seen
        }
        return size;
    }

    private long sizeOf(Object part) {
        if (part == null || isLeaf(part)) {
            return 1; // most parts are numbers and strings: no need to look them up
        }
        Long s = sizes.get(part);
        return s == null ? 1 : s;
    }

    /** The reference fields of a program's or ProcLab's class; JDK classes beyond the collections hash no parts. */
    private static Field[] referenceFields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null && !k.getModule().isNamed() && !k.isHidden(); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    try {
                        f.setAccessible(true);
                        out.add(f);
                    } catch (RuntimeException e) {
                        // not readable: its part is counted as 1
                    }
                }
            }
        }
        return out.toArray(new Field[0]);
    }
}
