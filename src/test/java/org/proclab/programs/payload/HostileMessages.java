package org.proclab.programs.payload;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/** A receiver given a serialization bomb and a class it may not rebuild says why, and reads on. */
public class HostileMessages {
    public static void main(String[] args) throws Exception {
        Pipe p = Pipe.open();
        Connection a = p.first();
        Process child = Receiver.start(p, 3);
        a.send(bomb());
        a.send(URI.create("http://example.org/"));
        a.send("after");
        child.join();
        System.out.println("receiver exit " + child.exitCode());
    }

    /** SerialDOS: a hundred levels of two sets holding the same two sets; hashing it never ends. */
    public static HashSet<Object> bomb() {
        HashSet<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }
}
