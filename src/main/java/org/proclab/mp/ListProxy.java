package org.proclab.mp;

import java.util.ArrayList;
import java.util.List;

/**
 * A list kept in a {@link Manager}'s process, Python's {@code manager.list()}. Every method is one call to
 * the manager process and back, atomic there. Indexes are Python's: -1 is the last item.
 *
 * @param <T> the items
 */
public final class ListProxy<T> extends Proxy {
    private static final long serialVersionUID = 1L;

    ListProxy(Manager manager) {
        super(manager, "list", null);
    }

    public void append(T item) {
        call("append", item);
    }

    public void extend(List<? extends T> items) {
        call("extend", new ArrayList<>(items));
    }

    /**
     * Python's {@code l[i]}.
     *
     * @throws IndexOutOfBoundsException if there is no item {@code i} (Python's IndexError)
     */
    @SuppressWarnings("unchecked")
    public T get(int i) {
        return (T) call("get", i);
    }

    /** Python's {@code l[i] = item}. */
    public void set(int i, T item) {
        call("set", i, item);
    }

    public void insert(int i, T item) {
        call("insert", i, item);
    }

    /** Removes and returns the last item, Python's {@code l.pop()}. */
    @SuppressWarnings("unchecked")
    public T pop() {
        return (T) call("pop");
    }

    /** Removes and returns item {@code i}, Python's {@code l.pop(i)}. */
    @SuppressWarnings("unchecked")
    public T pop(int i) {
        return (T) call("pop", i);
    }

    /**
     * Removes the first item equal to {@code item}.
     *
     * @throws IllegalArgumentException if there is none (Python's ValueError)
     */
    public void remove(T item) {
        call("remove", item);
    }

    /** The index of the first item equal to {@code item}; IllegalArgumentException if none (Python's ValueError). */
    public int index(T item) {
        return (Integer) call("index", item);
    }

    public int count(T item) {
        return (Integer) call("count", item);
    }

    /** Python's {@code item in l}. */
    public boolean contains(T item) {
        return (Boolean) call("contains", item);
    }

    /** Python's {@code len(l)}. */
    public int size() {
        return (Integer) call("size");
    }

    /** The whole list now, as a copy in this process: Python's {@code list(l)} or {@code l[:]}. */
    @SuppressWarnings("unchecked")
    public List<T> copy() {
        return (List<T>) call("copy");
    }

    public void clear() {
        call("clear");
    }
}
