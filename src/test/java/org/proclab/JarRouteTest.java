package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's class path: this system's JavaFX only, and every other library. */
@Tag("unit")
class JarRouteTest {
    /** What {@code ./mvnw package} puts in target/lib (the pom's copy executions). */
    static final List<String> LIB = List.of(
            "picocli-4.7.7.jar", "controlsfx-11.2.4.jar", "jackson-core-2.21.3.jar", "jackson-databind-2.21.3.jar",
            "javafx-base-21.0.11-linux.jar", "javafx-base-21.0.11-win.jar", "javafx-base-21.0.11-mac.jar",
            "javafx-base-21.0.11-mac-aarch64.jar", "javafx-graphics-21.0.11-linux.jar", "javafx-graphics-21.0.11-win.jar",
            "javafx-graphics-21.0.11-mac.jar", "javafx-graphics-21.0.11-mac-aarch64.jar", "javafx-controls-21.0.11.jar",
            "README.txt");

    private static List<String> names(Optional<FxPlatform> platform) {
        Path lib = Path.of("app", "lib");
        return JarRoute.classPath(Path.of("app", "proclab.jar"), LIB.stream().map(lib::resolve).toList(), platform)
                .stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    @Test
    void classPath_jarFirstThenLibrariesWithThisSystemsJavaFxOnly_onWindows() {
        assertEquals(List.of("proclab.jar", "controlsfx-11.2.4.jar", "jackson-core-2.21.3.jar", "jackson-databind-2.21.3.jar",
                "javafx-base-21.0.11-win.jar", "javafx-graphics-21.0.11-win.jar", "picocli-4.7.7.jar"),
                names(Optional.of(FxPlatform.WINDOWS)));
    }

    @Test
    void classPath_intelMacGetsMacJarsNotAppleSilicons_andTheOtherWayRound() {
        assertEquals(List.of("javafx-base-21.0.11-mac.jar", "javafx-graphics-21.0.11-mac.jar"),
                names(Optional.of(FxPlatform.MAC)).stream().filter(n -> n.startsWith("javafx")).toList());
        assertEquals(List.of("javafx-base-21.0.11-mac-aarch64.jar", "javafx-graphics-21.0.11-mac-aarch64.jar"),
                names(Optional.of(FxPlatform.MAC_AARCH64)).stream().filter(n -> n.startsWith("javafx")).toList());
    }

    @Test
    void classPath_noJavaFxAtAll_onASystemWithoutOne() {
        assertEquals(List.of("proclab.jar", "controlsfx-11.2.4.jar", "jackson-core-2.21.3.jar", "jackson-databind-2.21.3.jar",
                "picocli-4.7.7.jar"), names(Optional.empty()));
    }

    @Test
    void classPath_readsTheLibFolderBesideTheJar_joinedWithThePathSeparator(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("proclab.jar"));
        Path lib = Files.createDirectory(dir.resolve("lib"));
        for (String n : List.of("picocli-4.7.7.jar", "javafx-base-21.0.11-linux.jar", "javafx-base-21.0.11-win.jar")) {
            Files.createFile(lib.resolve(n));
        }
        assertEquals(String.join(File.pathSeparator, jar.toString(), lib.resolve("javafx-base-21.0.11-linux.jar").toString(),
                lib.resolve("picocli-4.7.7.jar").toString()), JarRoute.classPath(jar, Optional.of(FxPlatform.LINUX)));
    }

    @Test
    void jarWithLibraries_none_whenRunFromTheBuildsClassesFolder() {
        assertTrue(JarRoute.jarWithLibraries().isEmpty());
    }
}
