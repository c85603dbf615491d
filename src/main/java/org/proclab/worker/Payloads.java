package org.proclab.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns values into bytes in the sender and back in the receiver. Small common values (numbers,
 * strings, booleans, byte arrays) use a compact tag; anything else uses Java serialization, read back
 * through an allow-list so a message can only rebuild JDK value types and the program's own classes.
 */
public final class Payloads {
    private static final byte NULL = 0, INT = 1, LONG = 2, STRING = 3, DOUBLE = 4, BOOL = 5, BYTES = 6, OBJECT = 7;
    private static final int DISPLAY_MAX = 48;
    private static final Set<String> JDK_PACKAGES = Set.of("java.lang", "java.util", "java.time", "java.math",
            "java.lang.invoke", "java.util.concurrent", "java.util.concurrent.atomic");

    /** Allows JDK value types and classes from the class path (the program and ProcLab); nothing else. */
    static final ObjectInputFilter ALLOW_LIST = info -> {
        if (info.depth() > 64 || info.references() > 1_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || !c.getModule().isNamed()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        return JDK_PACKAGES.contains(c.getPackageName()) && c.getModule().getName().equals("java.base")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private Payloads() {}

    public static byte[] encode(Object value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
            DataOutputStream out = new DataOutputStream(bytes);
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof String s) {
                out.writeByte(STRING);
                out.write(s.getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (value instanceof Boolean b) {
                out.writeByte(BOOL);
                out.writeBoolean(b);
            } else if (value instanceof byte[] b) {
                out.writeByte(BYTES);
                out.write(b);
            } else {
                out.writeByte(OBJECT);
                out.write(serialize(value));
            }
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.NotSerializableException e) {
            throw new IllegalArgumentException("cannot send a " + value.getClass().getName() + ": it is or contains a "
                    + e.getMessage() + ", which is not Serializable", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot send a " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    public static Object decode(byte[] data) throws IOException, ClassNotFoundException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 1, data.length - 1));
        switch (data[0]) {
            case NULL: return null;
            case INT: return in.readInt();
            case LONG: return in.readLong();
            case STRING: return new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
            case DOUBLE: return in.readDouble();
            case BOOL: return in.readBoolean();
            case BYTES: return java.util.Arrays.copyOfRange(data, 1, data.length);
            case OBJECT: return deserialize(java.util.Arrays.copyOfRange(data, 1, data.length));
            default: throw new InvalidClassException("unknown payload tag " + data[0]);
        }
    }

    /** A short text the kernel shows for a message, made by the sender so the kernel never decodes. */
    public static String display(Object value) {
        String s;
        if (value instanceof byte[] b) {
            s = "bytes[" + b.length + "]";
        } else if (value instanceof String str) {
            s = "'" + str + "'";
        } else {
            s = String.valueOf(value);
        }
        return s.length() <= DISPLAY_MAX ? s : s.substring(0, DISPLAY_MAX - 1) + "…";
    }

    public static byte[] serialize(Object value) throws IOException {
        if (value != null && !(value instanceof Serializable)) {
            throw new java.io.NotSerializableException(value.getClass().getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    public static Object deserialize(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, ClassLoader.getSystemClassLoader());
            }
        }) {
            in.setObjectInputFilter(ALLOW_LIST);
            return in.readObject();
        }
    }
}
