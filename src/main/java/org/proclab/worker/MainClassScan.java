package org.proclab.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Whether a main program may start processes, read from its class file without loading it: a class that
 * starts a {@code Process}, a {@code Pool} or a {@code Manager} names it in its constant pool. The main
 * process boots a spare JVM for its first child only then; a program that only prints or computes does not
 * pay a JVM's boot (about a quarter of a second of CPU here) beside its own start. A program whose processes are started
 * from another of its classes gets its spare at its first {@code start()}, for the next one.
 */
final class MainClassScan {
    private static final String[] STARTERS = {"org/proclab/mp/Process", "org/proclab/mp/Pool", "org/proclab/mp/Manager"};
    /** A class file bigger than this is not read through: the program may start processes, as if it did. */
    private static final int MAX_BYTES = 16 << 20;

    private MainClassScan() {}

    /** True if {@code className}'s class file names a class that starts processes, or cannot be read. */
    static boolean mayStartProcesses(String className, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (in == null) {
                return true;
            }
            byte[] b = in.readNBytes(MAX_BYTES);
            return b.length == MAX_BYTES || namesAny(b);
        } catch (IOException e) {
            return true;
        }
    }

    /** Class names in a class file are modified UTF-8; read as Latin-1, each byte is one char, so ASCII names match. */
    static boolean namesAny(byte[] classFile) {
        String bytes = new String(classFile, StandardCharsets.ISO_8859_1);
        for (String name : STARTERS) {
            if (bytes.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
