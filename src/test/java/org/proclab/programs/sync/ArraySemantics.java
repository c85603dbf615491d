package org.proclab.programs.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.mp.Array;
import org.proclab.mp.Lock;
import org.proclab.mp.Process;

/**
 * Array rules, after CPython's _TestArray (test_array, test_array_from_size, test_getobj_getlock): cells
 * written by a child seen by the parent, the whole array read and written in one step, index errors,
 * and the array's own lock keeping two adders' read-modify-writes whole.
 */
// "with lock:" is try (var held = lock.enter()) { ... }: the block never names `held`, which javac notes
@SuppressWarnings("try")
public class ArraySemantics {
    public static void main(String[] args) throws Exception {
        Array<Integer> a = Array.ofInts(1, 2, 3, 4, 5);
        System.out.println("length " + a.length() + ", a[:] " + a.toList() + ", a[2] " + a.get(2));
        Process squarer = new Process("squarer", () -> {
            for (int i = 0; i < a.length(); i++) {
                a.set(i, a.get(i) * a.get(i));
            }
        });
        squarer.start();
        squarer.join();
        System.out.println("after the child squared it: " + a.toList());
        a.setAll(List.of(0, 0, 0, 0, 0));
        System.out.println("a[:] = zeros: " + a.toList());
        try {
            a.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("a[5]: " + e.getMessage());
        }
        try {
            a.setAll(List.of(1));
        } catch (IllegalArgumentException e) {
            System.out.println("a[:] = [1]: " + e.getMessage());
        }
        Array<Double> d = Array.ofDoubles(3);
        d.set(1, 2.5);
        Array<Long> l = Array.ofLongs(2);
        l.set(0, 1L << 40);
        System.out.println("doubles " + d.toList() + ", longs " + l.toList());
        System.out.println("longs given " + Array.ofLongs(1L << 40, -1L).toList() + ", one long " + Array.ofLongs(5L).toList());

        Lock lock = a.getLock();
        List<Process> adders = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            adders.add(new Process(() -> {
                for (int i = 0; i < 50; i++) {
                    try (Lock held = lock.enter()) {
                        a.set(0, a.get(0) + 1);
                    }
                }
            }));
        }
        adders.forEach(Process::start);
        adders.forEach(Process::join);
        System.out.println("two adders under get_lock(): a[0] " + a.get(0));
    }
}
