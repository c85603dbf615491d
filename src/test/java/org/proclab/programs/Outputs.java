package org.proclab.programs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import org.proclab.mp.Process;

/** Output of every kind: stdout, stderr, a line without a newline, CR/LF, and bytes the JVM writes itself. */
public class Outputs {
    public static void main(String[] args) {
        Process p = new Process("printer", () -> {
            System.out.println("to stdout");
            System.err.println("to stderr");
            System.out.print("windows line\r\nold mac line\runfinished");
            System.out.flush();
            try (FileOutputStream raw = new FileOutputStream(FileDescriptor.out)) {
                raw.write("written by the JVM, not System.out\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        p.start();
        p.join();
    }
}
