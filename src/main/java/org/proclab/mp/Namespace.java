package org.proclab.mp;

import java.util.Map;

/**
 * Named attributes kept in a {@link Manager}'s process, Python's {@code manager.Namespace()}: Python's
 * {@code ns.x = 1} is {@code ns.set("x", 1)}, and {@code ns.x} is {@code ns.get("x")}.
 */
public final class Namespace extends Proxy {
    private static final long serialVersionUID = 1L;

    Namespace(Manager manager) {
        super(manager, "namespace", null);
    }

    /**
     * Python's {@code ns.name}.
     *
     * @throws java.util.NoSuchElementException if it has no such attribute (Python's AttributeError)
     */
    public Object get(String name) {
        return call("get", name);
    }

    /** Python's {@code ns.name = value}. */
    public void set(String name, Object value) {
        call("set", name, value);
    }

    /** Python's {@code del ns.name}; NoSuchElementException if there is no such attribute. */
    public void delete(String name) {
        call("delete", name);
    }

    /** Python's {@code hasattr(ns, name)}. */
    public boolean has(String name) {
        return (Boolean) call("has", name);
    }

    /** Every attribute and its value now, a copy: what Python prints for {@code ns}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> attributes() {
        return (Map<String, Object>) call("attributes");
    }
}
