package org.proclab.mp;

import java.io.Serializable;

/**
 * A function of two arguments that can run in another process, for {@link Pool#starmap}: a lambda or a
 * method reference such as {@code Lesson::add}.
 *
 * @param <A> the first argument's type
 * @param <B> the second argument's type
 * @param <R> the result's type
 */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
    R apply(A first, B second) throws Exception;
}
