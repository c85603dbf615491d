package org.proclab.lesson;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the lesson files ({@code *.json} directly in {@code lessons/}) of every class-path root:
 * a directory when the app runs from {@code target/classes}, a jar when it runs from {@code proclab.jar}.
 */
final class LessonFiles {
    private static final String DIR = "lessons";

    private LessonFiles() {}

    /** Sorted file names such as {@code pipe.json}; a root that cannot be listed is added to {@code problems}. */
    static SortedSet<String> names(List<String> problems) {
        return names(LessonFiles.class.getClassLoader(), problems);
    }

    static SortedSet<String> names(ClassLoader loader, List<String> problems) {
        SortedSet<String> names = new TreeSet<>();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(DIR);
        } catch (IOException e) {
            problems.add(DIR + ": " + e.getMessage());
            return names;
        }
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            try {
                if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(LessonFiles::isLessonFile).forEach(names::add);
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    names.addAll(inJar(root));
                }
            } catch (IOException | URISyntaxException e) {
                problems.add(DIR + " in " + root + ": " + e.getMessage());
            }
        }
        return names;
    }

    private static SortedSet<String> inJar(URL root) throws IOException {
        SortedSet<String> names = new TreeSet<>();
        URLConnection c = root.openConnection();
        c.setUseCaches(false); // our own JarFile, closed here, so the jar is not kept open
        try (JarFile jar = ((JarURLConnection) c).getJarFile()) {
            for (Enumeration<JarEntry> es = jar.entries(); es.hasMoreElements(); ) {
                String n = es.nextElement().getName();
                if (n.startsWith(DIR + "/")) {
                    String name = n.substring(DIR.length() + 1);
                    if (isLessonFile(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static boolean isLessonFile(String name) {
        return name.endsWith(".json") && !name.contains("/");
    }
}
