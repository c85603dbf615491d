package org.proclab.playground;

import java.io.IOException;
import java.nio.file.Path;
import org.proclab.files.PrivateDirectory;

/**
 * Where a compiled program's classes wait for the run's worker JVMs to load them: a directory of its own in
 * ProcLab's per-user private directory (only this user may enter it, so nobody else can swap a class file
 * under a running program). It lives as long as the run, whose children load classes as they start, and is
 * deleted on close; one left by a killed app is deleted by the next one.
 */
public final class RunDirectory implements AutoCloseable {
    static final String PREFIX = "program-";

    private final PrivateDirectory home;
    private final Path path;

    private RunDirectory(PrivateDirectory home, Path path) {
        this.home = home;
        this.path = path;
    }

    /** Writes the program's classes into a new run directory in this user's private directory. */
    public static RunDirectory of(Compilation program) throws IOException {
        return of(PrivateDirectory.forUser(), program);
    }

    /** Writes the program's classes into a new run directory in {@code home}. */
    public static RunDirectory of(PrivateDirectory home, Compilation program) throws IOException {
        if (!program.compiled()) {
            throw new IllegalArgumentException("not compiled: " + program.fileName());
        }
        home.deleteStale(PREFIX); // a killed app's: one listing of a small directory per run
        Path dir = home.createOwned(PREFIX);
        RunDirectory run = new RunDirectory(home, dir);
        try {
            program.writeTo(dir);
        } catch (IOException | RuntimeException e) {
            run.close();
            throw e;
        }
        return run;
    }

    /** The class path entry of the program's classes. */
    public Path path() {
        return path;
    }

    @Override
    public void close() {
        home.delete(path);
    }
}
