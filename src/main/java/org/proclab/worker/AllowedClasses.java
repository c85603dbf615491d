package org.proclab.worker;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which classes a message may rebuild in the receiver: JDK value types, ProcLab's own payload classes,
 * and the classes of the program being run; nothing else on the class path. The program is told apart
 * from ProcLab's libraries by where a class was loaded from: the worker's class path is ProcLab's own
 * location (its jar, or its classes folder; a jar's manifest may bring in libraries) followed by the
 * program's entries (see kernel {@code Session.workerClasspath}).
 */
final class AllowedClasses {
    private static final Set<Class<?>> JDK_VALUES = Set.of(
            Object.class, Serializable.class, Comparable.class, CharSequence.class, Number.class, Enum.class,
            Boolean.class, Byte.class, Character.class, Short.class, Integer.class, Long.class, Float.class,
            Double.class, String.class, StackTraceElement.class,
            java.math.BigInteger.class, java.math.BigDecimal.class,
            java.lang.invoke.SerializedLambda.class,
            Date.class, UUID.class, Locale.class, BitSet.class, Currency.class);
    /** Helpers the JDK writes in place of a collection, or inside one (ConcurrentHashMap's old segments). */
    private static final Set<String> JDK_COLLECTION_HELPERS = Set.of(
            "java.util.CollSer", "java.util.EnumSet$SerializationProxy", "java.util.concurrent.ConcurrentHashMap$Segment");
    /** Whole packages of values or of the locks inside the concurrent collections. */
    private static final Set<String> JDK_PACKAGES = Set.of(
            "java.time", "java.time.chrono", "java.time.temporal", "java.time.zone",
            "java.util.concurrent.atomic", "java.util.concurrent.locks");

    private static volatile AllowedClasses forThisProcess;

    private final Path proclab;
    private final Set<Path> program;
    private final ClassValue<String> refusals = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> c) {
            return judge(c);
        }
    };

    /**
     * @param proclab where ProcLab's own classes come from
     * @param program the program's class path entries
     */
    AllowedClasses(Path proclab, Set<Path> program) {
        this(proclab, program, Set.of());
    }

    /**
     * @param proclab where ProcLab's own classes come from
     * @param classpath the class path entries after ProcLab's own
     * @param libraries those of them that are ProcLab's libraries, not the program's
     */
    AllowedClasses(Path proclab, Set<Path> classpath, Set<Path> libraries) {
        this.proclab = canonical(proclab);
        Set<Path> p = new LinkedHashSet<>();
        for (Path e : classpath) {
            p.add(canonical(e));
        }
        p.remove(this.proclab);
        for (Path l : libraries) {
            p.remove(canonical(l));
        }
        this.program = Set.copyOf(p);
    }

    /**
     * This worker's rule: every class path entry after ProcLab's own is the program's, but for JNA, which
     * the kernel puts there for lesson 6's walker (kernel {@code Session.workerClasspath}).
     */
    static AllowedClasses forThisProcess() {
        AllowedClasses a = forThisProcess;
        if (a == null) {
            Set<Path> entries = new LinkedHashSet<>();
            for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                entries.add(Path.of(e.isEmpty() ? "." : e));
            }
            Set<Path> libraries = WorkerLibraries.jna().map(Set::of).orElse(Set.of());
            a = new AllowedClasses(locationOf(AllowedClasses.class), entries, libraries);
            forThisProcess = a;
        }
        return a;
    }

    /** Why {@code c} may not be rebuilt from a message, or null if it may. */
    String refusal(Class<?> c) {
        return refusals.get(c);
    }

    private String judge(Class<?> c) {
        Class<?> e = c;
        while (e.isArray()) {
            e = e.getComponentType();
        }
        if (e.isPrimitive()) {
            return null;
        }
        Module m = e.getModule();
        if (m.isNamed()) {
            return "java.base".equals(m.getName()) && jdkValue(e) ? null
                    : "a JDK class that is not a value type or a collection";
        }
        Path from = locationOf(e);
        if (from == null) {
            return "a class that comes from no file of the program";
        }
        if (program.contains(from) || from.equals(proclab) && e.getName().startsWith("org.proclab.")) {
            return null;
        }
        return "a class of a library (" + from.getFileName() + "), not of the program";
    }

    private static boolean jdkValue(Class<?> c) {
        if (JDK_VALUES.contains(c) || Throwable.class.isAssignableFrom(c) || JDK_COLLECTION_HELPERS.contains(c.getName())) {
            return true;
        }
        String pkg = c.getPackageName();
        if (JDK_PACKAGES.contains(pkg)) {
            return true;
        }
        boolean util = pkg.equals("java.util") || pkg.equals("java.util.concurrent");
        if (util && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                || Map.Entry.class.isAssignableFrom(c))) {
            return true;
        }
        // comparators of sorted collections (reverseOrder, CASE_INSENSITIVE_ORDER) and JDK enums
        return (util || pkg.equals("java.lang") || pkg.equals("java.math"))
                && (Comparator.class.isAssignableFrom(c) || c.isEnum());
    }

    static Path locationOf(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return null;
        }
        try {
            return canonical(Path.of(cs.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** Class path entries and code sources name the same file in different ways; the class loader uses this one. */
    private static Path canonical(Path p) {
        try {
            return p.toFile().getCanonicalFile().toPath();
        } catch (IOException | UnsupportedOperationException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
