package org.proclab.mp;

import java.io.Serializable;

/**
 * A function a {@link Pool} worker applies to one argument, such as {@code x -> x * x} or
 * {@code Lesson::square}. Serializable, like {@link Task}, because it runs in another JVM.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Fn<T, R> extends Serializable {
    R apply(T arg) throws Exception;
}
