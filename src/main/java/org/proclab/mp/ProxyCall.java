package org.proclab.mp;

import java.io.Serializable;

/** One call through a proxy, as it travels to the manager process: the method and its arguments. */
record ProxyCall(String method, Object[] args) implements Serializable {}
