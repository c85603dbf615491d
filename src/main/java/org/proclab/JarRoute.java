package org.proclab;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runnable jar's route: {@code java -jar proclab.jar} with its libraries in {@code lib/} beside it,
 * the JavaFX jars of Windows, macOS and Linux among them. The jar's manifest names no library (it could
 * name only one system's JavaFX); the launcher starts the app again with the class path made here: the
 * jar, the libraries that are the same everywhere, and this system's JavaFX jars only. Worker JVMs get
 * ProcLab's jar alone (kernel {@code Session.workerClasspath}), so never JavaFX.
 */
final class JarRoute {
    static final String LIBRARIES = "lib";

    private JarRoute() {}

    /** The jar ProcLab runs from, if there is a {@code lib/} folder beside it; empty in the installed app and the build. */
    static Optional<Path> jarWithLibraries() {
        try {
            Path from = Path.of(JarRoute.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(from) && Files.isDirectory(libraries(from)) ? Optional.of(from) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Path libraries(Path jar) {
        return jar.toAbsolutePath().resolveSibling(LIBRARIES);
    }

    /** The class path for this system, read from the jar's {@code lib/} folder. */
    static String classPath(Path jar, Optional<FxPlatform> platform) throws IOException {
        List<Path> libraries;
        try (Stream<Path> files = Files.list(libraries(jar))) {
            libraries = files.toList();
        }
        List<String> parts = new ArrayList<>();
        for (Path p : classPath(jar.toAbsolutePath(), libraries, platform)) {
            parts.add(p.toString());
        }
        return String.join(File.pathSeparator, parts);
    }

    /**
     * The jar, then, in name order, every jar among {@code libraries} except JavaFX jars of other systems
     * and JavaFX's empty placeholders; with no platform, no JavaFX at all (the command line still works).
     */
    static List<Path> classPath(Path jar, List<Path> libraries, Optional<FxPlatform> platform) {
        List<Path> out = new ArrayList<>();
        out.add(jar);
        libraries.stream()
                .filter(p -> p.getFileName().toString().endsWith(".jar"))
                .filter(p -> {
                    String name = p.getFileName().toString();
                    return !FxPlatform.isFx(name) || platform.isPresent() && FxPlatform.ofJar(name).equals(platform);
                })
                .sorted()
                .forEach(out::add);
        return out;
    }
}
