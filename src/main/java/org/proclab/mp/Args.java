package org.proclab.mp;

import java.io.Serializable;

/**
 * Two arguments for one call of a {@link Fn2}, Python's tuple {@code (a, b)} in {@code pool.starmap(f,
 * [(1, 2), (3, 4)])}: {@code pool.starmap(f, List.of(Args.of(1, 2), Args.of(3, 4)))}.
 */
public record Args<A, B>(A first, B second) implements Serializable {
    public static <A, B> Args<A, B> of(A first, B second) {
        return new Args<>(first, second);
    }

    @Override
    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}
