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

/**
 * Refuses a message whose objects, followed through their shared parts, are too large: the
 * "serialization bomb". A few hundred bytes can describe sets that contain the same two sets, which
 * contain the same two sets, a hundred levels down; each set rebuilt hashes its elements, and a hash
 * follows every path, 2^100 of them. So as each object is completed (before any set hashes it), its
 * expanded size, 1 plus that of every element or field, is worked out from its parts' sizes, and past
 * the limit the message is refused. A flat list of the largest message stays far below it.
 */
final class SharedParts {
    static final long MAX_EXPANDED = 20_000_000;

    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> c) {
            return referenceFields(c);
        }
    };

    /** Expanded sizes of the objects completed so far; an object absent here counts 1. */
    private final IdentityHashMap<Object, Long> sizes = new IdentityHashMap<>();

    /** Called for each object as the stream completes it, before it is handed to its container. */
    void completed(Object o) throws InvalidObjectException {
        long size = expandedSize(o);
        if (size > MAX_EXPANDED) {
            throw new InvalidObjectException(String.format(Locale.ROOT,
                    "%s: it repeats shared parts more than %,d times (a serialization bomb)",
                    o.getClass().getTypeName(), MAX_EXPANDED));
        }
        if (size > 1) {
            sizes.put(o, size);
        }
    }

    private long expandedSize(Object o) {
        long size = 1;
        try {
            if (o instanceof Object[] array) {
                for (Object e : array) {
                    if ((size += sizeOf(e)) > MAX_EXPANDED) {
                        return size;
                    }
                }
            } else if (o instanceof Collection<?> c) {
                for (Object e : c) {
                    if ((size += sizeOf(e)) > MAX_EXPANDED) {
                        return size;
                    }
                }
            } else if (o instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if ((size += sizeOf(e.getKey()) + sizeOf(e.getValue())) > MAX_EXPANDED) {
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
        Long s = part == null ? null : sizes.get(part);
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
