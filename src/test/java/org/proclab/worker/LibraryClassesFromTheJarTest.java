package org.proclab.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.programs.payload.SendsLibraryClasses;

/**
 * ProcLab run from a jar whose manifest names its libraries puts them on every worker's class path (the
 * packaged jar no longer does: its launcher makes the class path), so a program can send a JavaFX or
 * Jackson object; the receiver refuses it and reads on. The test builds
 * such a jar from the compiled classes and runs the command line from it, with real processes.
 */
@Tag("process")
class LibraryClassesFromTheJarTest {

    @Test
    void libraryClassesOnTheWorkersClassPath_areRefusedInTheReceiver_theProgramsOwnArrive(@TempDir Path dir)
            throws Exception {
        Path jar = proclabJar(dir.resolve("proclab.jar"));
        Path program = AllowedClasses.locationOf(SendsLibraryClasses.class);
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", jar.toString(), "org.proclab.Launcher",
                "run", "--main", SendsLibraryClasses.class.getName(), "--classpath", program.toString(), "--timeout", "60")
                .redirectErrorStream(true).start();
        app.getOutputStream().close();
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(app.waitFor(60, TimeUnit.SECONDS));
        List<String> received = out.lines().filter(l -> l.startsWith("[receiver ")).map(l -> l.substring(l.indexOf("] ") + 2))
                .collect(Collectors.toList());
        assertEquals(3, received.size(), out);
        assertTrue(received.get(0).startsWith("refused: could not read the message: refused javafx.util.Pair: "
                + "it is a class of a library (javafx-base"), received.get(0));
        assertTrue(received.get(1).startsWith("refused: could not read the message: refused "
                + "com.fasterxml.jackson.databind.node.NodeSerialization: it is a class of a library (jackson-databind"),
                received.get(1));
        assertEquals("got Mine[name=x, n=2]", received.get(2));
        assertEquals(0, app.exitValue(), out);
    }

    /** ProcLab's classes in a jar whose manifest names the libraries. */
    private static Path proclabJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(javafx.util.Pair.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonProperty.class, picocli.CommandLine.class)
                .map(c -> AllowedClasses.locationOf(c).toUri().toString()).collect(Collectors.joining(" ")));
        Path classes = AllowedClasses.locationOf(Payloads.class);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                try (var in = Files.newInputStream(f)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
