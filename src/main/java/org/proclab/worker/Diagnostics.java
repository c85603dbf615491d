package org.proclab.worker;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The worker JVM's own voice, for what cannot go through the kernel: written to the process's real
 * standard error, which the kernel keeps in the raw log it shows as "jvm" lines when the process ends.
 */
final class Diagnostics {
    private static final PrintStream RAW = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    private Diagnostics() {}

    static void toRawLog(String message) {
        RAW.println(message);
    }
}
