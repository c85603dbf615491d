package org.proclab.programs.payload;

import java.io.IOException;
import java.io.Serializable;
import org.proclab.mp.Connection;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;

/**
 * Sends classes of ProcLab's own libraries, which a worker can load only when ProcLab runs from its jar
 * (the jar's manifest brings in the libraries), and one class of the program: only that one arrives.
 */
public class SendsLibraryClasses {
    public record Mine(String name, int n) implements Serializable {}

    public static void main(String[] args) throws IOException {
        Pipe p = Pipe.open();
        Connection a = p.first();
        Process child = Receiver.start(p, 3);
        a.send(new javafx.util.Pair<>("a", 1));
        a.send(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("k", 1));
        a.send(new Mine("x", 2));
        child.join();
    }
}
