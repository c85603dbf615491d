package org.proclab.mp;

import java.util.List;
import java.util.Map;

/**
 * A dict kept in a {@link Manager}'s process, Python's {@code manager.dict()}. Every method is one call to
 * the manager process and back, atomic there; {@code d.put(k, d.get(k) + 1)} is two calls, and another
 * process may write between them.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class DictProxy<K, V> extends Proxy {
    private static final long serialVersionUID = 1L;

    DictProxy(Manager manager) {
        super(manager, "dict", null);
    }

    /** The value of {@code key}, or null if there is none: Python's {@code d.get(key)}. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        return (V) call("get", key);
    }

    /** The value of {@code key}, or {@code otherwise}: Python's {@code d.get(key, otherwise)}. */
    @SuppressWarnings("unchecked")
    public V getOrDefault(K key, V otherwise) {
        return (V) call("getOrDefault", key, otherwise);
    }

    /** Python's {@code d[key] = value}. */
    public void put(K key, V value) {
        call("put", key, value);
    }

    /** The value of {@code key}, set to {@code value} first if it had none: Python's {@code d.setdefault}. */
    @SuppressWarnings("unchecked")
    public V setdefault(K key, V value) {
        return (V) call("setdefault", key, value);
    }

    /**
     * Removes {@code key} and returns its value, Python's {@code d.pop(key)}.
     *
     * @throws java.util.NoSuchElementException if there is no such key (Python's KeyError)
     */
    @SuppressWarnings("unchecked")
    public V pop(K key) {
        return (V) call("pop", key);
    }

    /** Python's {@code key in d}. */
    public boolean containsKey(K key) {
        return (Boolean) call("containsKey", key);
    }

    /** Python's {@code len(d)}. */
    public int size() {
        return (Integer) call("size");
    }

    /** The keys now, in insertion order: a copy, Python's {@code list(d.keys())}. */
    @SuppressWarnings("unchecked")
    public List<K> keys() {
        return (List<K>) call("keys");
    }

    /** The values now, in insertion order: a copy. */
    @SuppressWarnings("unchecked")
    public List<V> values() {
        return (List<V>) call("values");
    }

    /** The whole dict now, as a copy in this process: Python's {@code d.copy()}. */
    @SuppressWarnings("unchecked")
    public Map<K, V> copy() {
        return (Map<K, V>) call("copy");
    }

    /** Python's {@code d.update(other)}. */
    public void update(Map<K, V> other) {
        call("update", new java.util.LinkedHashMap<>(other));
    }

    public void clear() {
        call("clear");
    }
}
