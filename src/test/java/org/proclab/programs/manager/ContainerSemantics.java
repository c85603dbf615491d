package org.proclab.programs.manager;

import java.util.List;
import java.util.Map;
import org.proclab.mp.DictProxy;
import org.proclab.mp.Empty;
import org.proclab.mp.ListProxy;
import org.proclab.mp.LockProxy;
import org.proclab.mp.Manager;
import org.proclab.mp.Namespace;
import org.proclab.mp.Process;
import org.proclab.mp.QueueProxy;
import org.proclab.mp.ValueProxy;
import org.proclab.programs.Cues;

/**
 * A manager's containers, after CPython's _TestContainers (test_list, test_dict, test_namespace) and the
 * manager's Value, Lock and Queue: what one process does through a proxy, another sees. The first argument
 * is the cue directory: "taker-waits" comes when the taker waits in the lock proxy's acquire(), "getter-waits"
 * when the getter waits in the queue proxy's get().
 */
public class ContainerSemantics {
    public static void main(String[] args) throws Exception {
        String cues = args[0];
        try (Manager manager = new Manager()) {
            ListProxy<Integer> a = manager.list();
            a.extend(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            System.out.println("list " + a.copy() + " a[3] " + a.get(3) + " a[-1] " + a.get(-1) + " len " + a.size());
            a.append(10);
            a.insert(0, -1);
            System.out.println("pop " + a.pop() + " pop(0) " + a.pop(0) + " index(4) " + a.index(4) + " count(4) "
                    + a.count(4) + " contains(11) " + a.contains(11));
            try {
                a.get(20);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("a[20]: IndexError " + e.getMessage());
            }
            try {
                a.remove(42);
            } catch (IllegalArgumentException e) {
                System.out.println("remove(42): ValueError " + e.getMessage());
            }

            DictProxy<Integer, String> d = manager.dict();
            for (int i = 5; i < 8; i++) {
                d.put(i, String.valueOf((char) ('A' + i)));
            }
            System.out.println("dict " + d.copy() + " keys " + d.keys() + " values " + d.values() + " len " + d.size());
            System.out.println("get(9) " + d.get(9) + " getOrDefault(9, '?') " + d.getOrDefault(9, "?")
                    + " setdefault(8, 'I') " + d.setdefault(8, "I") + " pop(5) " + d.pop(5) + " 5 in d " + d.containsKey(5));
            try {
                d.pop(5);
            } catch (java.util.NoSuchElementException e) {
                System.out.println("pop(5) again: " + e.getMessage());
            }

            Namespace n = manager.namespace();
            n.set("name", "Bob");
            n.set("job", "Builder");
            System.out.println("namespace " + n.attributes() + " name " + n.get("name"));
            n.delete("job");
            try {
                n.get("job");
            } catch (java.util.NoSuchElementException e) {
                System.out.println("after del job: " + e.getMessage());
            }

            // another process's changes, seen here
            ValueProxy<Integer> v = manager.value(0);
            Process child = new Process("child", () -> {
                a.append(100);
                d.put(1, "from child");
                n.set("child", "was here");
                v.set(v.get() + 41);
            });
            child.start();
            child.join();
            System.out.println("after child: a[-1] " + a.get(-1) + ", d[1] " + d.get(1) + ", ns.child " + n.get("child")
                    + ", value " + v.get());

            LockProxy lock = manager.lock();
            System.out.println("lock acquire " + lock.acquire() + " locked " + lock.locked() + " acquire(0) " + lock.acquire(0));
            Process taker = new Process("taker", () -> System.out.println("taker acquire " + lock.acquire()));
            taker.start();
            Cues.await(cues, "taker-waits");
            lock.release();
            taker.join();
            lock.release();
            try {
                lock.release();
            } catch (IllegalStateException e) {
                System.out.println("release unlocked: " + e.getMessage());
            }
            try (LockProxy held = lock.enter()) {
                System.out.println("inside with: locked " + held.locked());
            }
            System.out.println("after with: locked " + lock.locked());

            QueueProxy<List<Integer>> q = manager.queue();
            Process getter = new Process("getter", () -> System.out.println("getter got " + q.get()));
            getter.start();
            Cues.await(cues, "getter-waits");
            q.put(List.of(1, 2, 3));
            getter.join();
            q.put(null);
            System.out.println("qsize " + q.qsize() + " get " + q.get() + " empty " + q.empty());
            try {
                q.get(0.2);
            } catch (Empty e) {
                System.out.println("get(0.2): Empty " + e.getMessage());
            }
            Map<Integer, String> last = d.copy();
            System.out.println("manager pid is a child of main: " + (ProcessHandle.of(manager.pid())
                    .flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L) == ProcessHandle.current().pid())
                    + ", dict " + last);
        }
    }
}
