package org.proclab.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * Java deserialization of one message, guarded: the {@link PayloadFilter} checks every class and array
 * before it is used, {@link SharedParts} every object once it is complete, and proxies are never built.
 * Reads the message's own array, without a copy.
 */
final class PayloadInputStream extends ObjectInputStream {
    private final PayloadFilter filter;
    private final SharedParts shared;

    PayloadInputStream(byte[] data, int offset, int length, AllowedClasses allowed, long memoryBudget) throws IOException {
        super(new ByteArrayInputStream(data, offset, length));
        this.filter = new PayloadFilter(allowed, length, memoryBudget);
        this.shared = new SharedParts(filter::bytesRead);
        setObjectInputFilter(filter);
        enableResolveObject(true);
    }

    /** Why the filter refused the message, naming the class; null if it did not. */
    String refusal() {
        return filter.refusal();
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
            return Class.forName(desc.getName(), false, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            return super.resolveClass(desc); // the primitive types, as in Class objects of int.class
        }
    }

    @Override
    protected Class<?> resolveProxyClass(String[] interfaces) throws InvalidClassException {
        throw new InvalidClassException(String.join(", ", interfaces) + ": a proxy, which a message may not hold");
    }

    @Override
    protected Object resolveObject(Object obj) throws IOException {
        filter.rebuilt(obj);
        shared.completed(obj);
        return obj;
    }
}
