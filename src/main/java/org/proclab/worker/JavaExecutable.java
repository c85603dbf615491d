package org.proclab.worker;

import java.nio.file.Path;

/**
 * The {@code java} program of the runtime this JVM runs on: every worker JVM, the relaunched app and the
 * startup check start it, never a {@code java} found on the PATH. In the installed app that is the runtime
 * bundled with it; on Windows the file is {@code java.exe}.
 */
public final class JavaExecutable {
    private JavaExecutable() {}

    /** {@code <java.home>/bin/java} of this JVM. */
    public static Path current() {
        return of(Path.of(System.getProperty("java.home")), System.getProperty("os.name", ""));
    }

    /** {@code <javaHome>/bin/java}, with {@code .exe} on Windows. */
    public static Path of(Path javaHome, String osName) {
        return javaHome.resolve("bin").resolve(isWindows(osName) ? "java.exe" : "java");
    }

    /**
     * The windowless variant for a program with a window of its own: {@code javaw.exe} on Windows, so no
     * console opens beside the app; elsewhere {@code java}.
     */
    public static Path windowless(Path javaHome, String osName) {
        return isWindows(osName) ? javaHome.resolve("bin").resolve("javaw.exe") : of(javaHome, osName);
    }

    public static boolean isWindows(String osName) {
        return osName.startsWith("Windows");
    }
}
