package org.proclab.worker;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * What lesson 6's walker does first, done in the archive's training run so that JNA's classes land in the
 * worker archive: bind a C function of the process's own C library, call it, make some native memory.
 */
final class JnaWarmUp {
    private JnaWarmUp() {}

    private static native int getpid();

    static void run() {
        try {
            Native.register(JnaWarmUp.class, NativeLibrary.getProcess());
            getpid();
            new Memory(64).clear();
        } catch (LinkageError | RuntimeException e) {
            // no JNA here, or it cannot load: the workers load it without the archive's help, or not at all
        }
    }
}
