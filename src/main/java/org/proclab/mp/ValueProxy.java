package org.proclab.mp;

/**
 * A value kept in a {@link Manager}'s process, Python's {@code manager.Value(typecode, value)}: {@code get()}
 * and {@code set(x)} are Python's {@code v.value} and {@code v.value = x}, each a call to the manager
 * process. Unlike a {@link Value} it has no lock: guard a read-modify-write with a {@link LockProxy}.
 *
 * @param <T> the value's type
 */
public final class ValueProxy<T> extends Proxy {
    private static final long serialVersionUID = 1L;

    ValueProxy(Manager manager, T initial) {
        super(manager, "value", initial);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        return (T) call("get");
    }

    public void set(T value) {
        call("set", value);
    }
}
