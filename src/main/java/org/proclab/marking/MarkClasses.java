package org.proclab.marking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build's step that marks the calls of the API in ProcLab's own programs ({@link CallSiteMarker}): run by
 * Maven after compiling ({@code process-classes}, {@code process-test-classes}), on a folder of classes, in place,
 * for the classes under the given package folders. A class compiled again is marked again; one left from an
 * earlier build is marked already and left as it is.
 * <p>
 * Usage: {@code MarkClasses <classes folder> <package folder>...}, such as
 * {@code target/classes org/proclab/lessons/}.
 */
public final class MarkClasses {
    private MarkClasses() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: MarkClasses <classes folder> <package folder>...");
        }
        Path root = Path.of(args[0]);
        List<String> packages = Arrays.asList(args).subList(1, args.length);
        int[] counts = mark(root, packages);
        System.out.println("[proclab] marked the API's calls in " + counts[0] + " of " + counts[1]
                + " program classes under " + root);
    }

    /** Marks the classes under {@code packages} in {@code root}: how many it changed, and how many it read. */
    static int[] mark(Path root, List<String> packages) throws IOException {
        int changed = 0;
        int read = 0;
        for (String p : packages) {
            Path dir = root.resolve(p);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> classes;
            try (Stream<Path> files = Files.walk(dir)) {
                classes = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (Path c : classes) {
                read++;
                byte[] before = Files.readAllBytes(c);
                byte[] after = CallSiteMarker.mark(before, CallSiteMarker.API);
                if (after != null) {
                    Files.write(c, after);
                    changed++;
                }
            }
        }
        return new int[] {changed, read};
    }
}
