package org.proclab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * Every test class carries exactly one tier tag, and what it uses fits the tier:
 * {@code unit} starts no JVM and no JavaFX toolkit (the fast tier, run on every edit),
 * {@code process} starts real worker JVMs, {@code ui} puts views on a JavaFX stage (TestFX).
 * {@code snapshots} marks a snapshot generator, outside the tiers and outside {@code ./mvnw verify}.
 * What a class uses is read from its compiled code (and its lambdas' and inner classes'): it sees direct
 * uses, not those hidden in a helper class.
 */
@Tag("unit")
class TierTagsTest {
    static final Set<String> TIERS = Set.of("unit", "process", "ui");
    static final String GENERATOR = "snapshots";

    /** Uses that need the JavaFX toolkit. */
    private static final List<String> FX = List.of("org/testfx/", "javafx/application/Platform",
            "javafx/stage/Stage", "org/proclab/ui/UiSnapshots", "org/proclab/ui/AppWindow");
    /** Uses that start a JVM: a run under the kernel, the command line's runs, a bare process. */
    private static final List<String> JVM = List.of("org/proclab/kernel/Runs.run", "org/proclab/kernel/Session.launch",
            "java/lang/ProcessBuilder.start", "org/proclab/spread/RepeatRuns.run", "org/proclab/cli/Cli.run",
            "org/proclab/ui/spread/OutcomesViewModel.start", "org/proclab/ui/run/RunController.run");

    private static final Path CLASSES = Path.of("target", "test-classes");

    @Test
    void everyTestClass_hasExactlyOneTierTag_thatFitsWhatItUses() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Class<?>> tests = testClasses();
        assertTrue(tests.size() > 50, "found only " + tests.size() + " test classes under " + CLASSES.toAbsolutePath());
        for (Class<?> c : tests) {
            Set<String> tags = tags(c);
            Set<String> tiers = tags.stream().filter(t -> TIERS.contains(t) || GENERATOR.equals(t)).collect(Collectors.toSet());
            if (tiers.size() != 1) {
                wrong.add(c.getName() + ": tier tags " + tiers + ", wants exactly one of @Tag(\"unit\"), @Tag(\"process\"), @Tag(\"ui\") (README: Tests)");
                continue;
            }
            String tier = tiers.iterator().next();
            Set<String> uses = uses(c);
            List<String> fx = matching(uses, FX);
            List<String> jvm = matching(uses, JVM);
            switch (tier) {
                case "unit" -> {
                    List<String> controls = controls(uses);
                    if (!fx.isEmpty() || !jvm.isEmpty()) {
                        wrong.add(c.getName() + ": tagged unit but uses " + fx + jvm);
                    } else if (!controls.isEmpty()) {
                        // a Control's class needs the toolkit: it passes only after a ui test started it
                        wrong.add(c.getName() + ": tagged unit but uses the controls " + controls + ", which need the FX toolkit");
                    }
                }
                case "process" -> {
                    if (!fx.isEmpty()) {
                        wrong.add(c.getName() + ": tagged process but uses the JavaFX toolkit " + fx + ": ui");
                    } else if (jvm.isEmpty()) {
                        wrong.add(c.getName() + ": tagged process but starts no JVM: unit");
                    }
                }
                case "ui" -> {
                    if (fx.isEmpty()) {
                        wrong.add(c.getName() + ": tagged ui but uses no stage: " + (jvm.isEmpty() ? "unit" : "process"));
                    }
                }
                default -> { }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** JUnit's @Tag (repeatable): read by name. */
    private static Set<String> tags(Class<?> c) throws ReflectiveOperationException {
        Set<String> out = new HashSet<>();
        for (java.lang.annotation.Annotation a : c.getAnnotations()) {
            String type = a.annotationType().getName();
            if (type.equals("org.junit.jupiter.api.Tag")) {
                out.add((String) a.annotationType().getMethod("value").invoke(a));
            } else if (type.equals("org.junit.jupiter.api.Tags")) {
                for (Object t : (Object[]) a.annotationType().getMethod("value").invoke(a)) {
                    out.add((String) t.getClass().getMethod("value").invoke(t));
                }
            }
        }
        return out;
    }

    @Test
    void uses_readsClassesAndMethodsFromTheConstantPool() throws IOException {
        Set<String> mine = uses(TierTagsTest.class);
        assertTrue(mine.contains("java/nio/file/Files.walk"), "a static call");
        assertTrue(mine.contains("java/util/HashSet"), "a class");
        assertTrue(mine.stream().anyMatch(u -> u.endsWith("jupiter/api/Tag;")), "an annotation");
        assertTrue(mine.stream().noneMatch(u -> u.startsWith("org/proclab/kernel/Session.")));
    }

    /** The JavaFX controls (and skins) a class names: loading one starts nothing, but using one needs the toolkit. */
    private static List<String> controls(Set<String> uses) throws ClassNotFoundException {
        List<Class<?>> needToolkit = new ArrayList<>(); // by name, so that this class does not use them itself
        for (String name : List.of("javafx.scene.control.Control", "javafx.scene.control.Skin", "javafx.scene.control.PopupControl")) {
            needToolkit.add(Class.forName(name, false, TierTagsTest.class.getClassLoader()));
        }
        List<String> out = new ArrayList<>();
        for (String u : uses) {
            if (u.contains(".") || u.contains(";") || u.contains("(") || u.startsWith("[")
                    || !(u.startsWith("javafx/scene/control/") || u.startsWith("org/proclab/") || u.startsWith("org/controlsfx/"))) {
                continue; // a method, a descriptor, an array, or a class that cannot be a control
            }
            try {
                Class<?> k = Class.forName(u.replace('/', '.'), false, TierTagsTest.class.getClassLoader());
                if (needToolkit.stream().anyMatch(t -> t.isAssignableFrom(k))) {
                    out.add(k.getSimpleName());
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a name that is not a class (a field's or a method's name): not a control
            }
        }
        return out;
    }

    private static List<String> matching(Set<String> uses, List<String> markers) {
        return markers.stream().filter(m -> uses.stream().anyMatch(u -> u.startsWith(m) || u.contains("L" + m))).toList();
    }

    /** Top-level classes with at least one test method, as compiled under target/test-classes. */
    private static List<Class<?>> testClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                String name = CLASSES.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, TierTagsTest.class.getClassLoader());
                if (hasTests(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean hasTests(Class<?> c) {
        for (Method m : c.getDeclaredMethods()) {
            if (Stream.of(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(Testable.class))) {
                return true;
            }
        }
        return Stream.of(c.getDeclaredClasses()).anyMatch(TierTagsTest::hasTests);
    }

    /**
     * The classes, methods and descriptors named in a class's constant pool and in those of its inner
     * classes, and those of the test helpers whose methods it calls (Runs.run starts a JVM for its caller).
     */
    static Set<String> uses(Class<?> c) throws IOException {
        Set<String> out = new HashSet<>();
        collect(c.getName().replace('.', '/'), out, new HashSet<>());
        return out;
    }

    private static void collect(String base, Set<String> out, Set<String> seen) throws IOException {
        if (!seen.add(base)) {
            return;
        }
        Path dir = CLASSES.resolve(base).getParent();
        String simple = Path.of(base).getFileName().toString();
        Set<String> own = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(simple + ".class") || n.startsWith(simple + "$");
            }).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    own.addAll(ConstantPool.read(new DataInputStream(in)));
                }
            }
        }
        out.addAll(own);
        for (String u : own) {
            int call = u.indexOf("#call:");
            if (call > 0) {
                String owner = u.substring(0, call);
                if (!owner.startsWith(base) && Files.exists(CLASSES.resolve(owner + ".class"))) {
                    collect(owner.replaceAll("\\$.*", ""), out, seen);
                }
            }
        }
    }

    /** Just enough of the class file format (JVMS 4.4) to list what a class refers to. */
    private static final class ConstantPool {
        static Set<String> read(DataInputStream in) throws IOException {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            List<int[]> refs = new ArrayList<>(); // tag, owner class index, name-and-type index
            int[] natNames = new int[count];
            Set<Integer> strings = new HashSet<>(); // literals: text, not uses
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11 -> refs.add(new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()});
                    case 12 -> {
                        natNames[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 17, 18 -> in.readInt();
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            Set<String> out = new HashSet<>();
            for (int i = 1; i < count; i++) {
                if (utf8[i] != null && !strings.contains(i)) {
                    out.add(utf8[i]);
                }
            }
            for (int[] r : refs) {
                String owner = utf8[classNames[r[1]]];
                out.add(owner + "." + utf8[natNames[r[2]]]);
                if (r[0] != 9) {
                    out.add(owner + "#call:"); // a method of owner is called, not only a field read
                }
            }
            return out;
        }
    }
}
