package org.proclab.worker;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The libraries a worker has besides ProcLab's own classes: JNA, with which lesson 6's walker reads each
 * directory entry's type from the system's listing. The kernel puts it on every worker's class path, the
 * playground compiles against it (a copy of lesson 6 uses it), and a worker does not count its classes as
 * the program's.
 */
public final class WorkerLibraries {
    private WorkerLibraries() {}

    /** Where JNA's jar is, if this JVM can load it (lib/ beside ProcLab's jar; the local repository in the build). */
    public static Optional<Path> jna() {
        try {
            Class<?> jna = Class.forName("com.sun.jna.Native", false, WorkerLibraries.class.getClassLoader());
            return Optional.of(Path.of(jna.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | RuntimeException e) {
            return Optional.empty(); // no JNA: lesson 6's walker asks Java for each entry's type
        }
    }
}
