package org.proclab.programs.ipc;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/** What may cross a pipe: the program's own classes and JDK value types, not arbitrary JDK classes. */
public class Payloads {
    public record Point(int x, int y) implements Serializable {}

    public static void main(String[] args) throws IOException {
        Pipe p = Pipe.open();
        Connection a = p.first();
        Connection b = p.second();
        Process child = new Process("echo", () -> {
            for (int i = 0; i < 3; i++) {
                try {
                    Object o = b.recv();
                    System.out.println("child got " + o);
                } catch (IOException e) {
                    System.out.println("child refused: " + e.getMessage());
                }
            }
        });
        child.start();
        a.send(new Point(1, 2));
        a.send(URI.create("http://example.org/"));
        a.send(new java.util.ArrayList<>(java.util.List.of("a", "b")));
        try {
            a.send(new java.util.ArrayList<>(java.util.List.of(new Object())));
        } catch (IllegalArgumentException e) {
            System.out.println("main could not send: " + e.getMessage());
        }
        child.join();
    }
}
