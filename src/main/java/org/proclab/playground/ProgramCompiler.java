package org.proclab.playground;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.proclab.lesson.Text;

/**
 * Compiles a student's single-file program in this JVM, in memory, against ProcLab's own classes (the
 * {@code org.proclab.mp} API): nothing is read from or written to disk, and no annotation processor runs,
 * so compiling runs none of the student's code. The file may declare several classes, nested or top-level;
 * the one to run is the public top-level class with a {@code main}, else the first top-level class with one
 * (as {@code java File.java} does). As that launcher does, a public class need not match the file's name.
 */
public final class ProgramCompiler {
    /** A bound on what the editor may hand the compiler: far more than any program a student writes. */
    public static final int MAX_SOURCE_CHARS = 1_000_000;
    private static final System.Logger LOG = System.getLogger(ProgramCompiler.class.getName());
    private static final List<String> OPTIONS = List.of("-proc:none", "-g", "-Xlint:-options");
    private static final String API_PACKAGE = "org.proclab.mp.";
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z_][\\w$]*\\.)+)([A-Z][\\w$]*)\\b");
    private static final Pattern MISSING_CLASS = Pattern.compile("symbol:\\s+class (\\w+)");

    private final Supplier<JavaCompiler> javac;

    /** Compiles with this JVM's compiler, if it has one (a JDK does, a bare runtime does not). */
    public ProgramCompiler() {
        this(ProgramCompiler::systemCompiler);
    }

    /** Compiles with the compiler {@code javac} gives, or finds none when it gives null. */
    public ProgramCompiler(Supplier<JavaCompiler> javac) {
        this.javac = javac;
    }

    /**
     * This JVM's compiler, or null: a runtime made without the compiler's modules has none (nor, perhaps,
     * the javax.tools classes, which is why this asks the module layer before touching them).
     */
    static JavaCompiler systemCompiler() {
        if (ModuleLayer.boot().findModule("jdk.compiler").isEmpty()) {
            return null;
        }
        return ToolProvider.getSystemJavaCompiler();
    }

    /** What to tell a user whose Java has no compiler, in both languages. */
    public static Text noCompilerText() {
        return PlaygroundTexts.text("playground.noCompiler");
    }

    /** Whether this JVM can compile at all. */
    public boolean available() {
        return javac.get() != null;
    }

    /**
     * Compiles {@code source} as the file {@code fileName} (such as Hello.java: the name its events and
     * stack traces will carry). Never throws: whatever goes wrong is a problem in the result.
     */
    public Compilation compile(String fileName, String source) {
        String name = fileName(fileName);
        JavaCompiler compiler = javac.get();
        if (compiler == null) {
            return new Compilation(Compilation.Outcome.NO_COMPILER, name, null, Map.of(), List.of());
        }
        if (source.length() > MAX_SOURCE_CHARS) {
            return failed(name, Problem.error(0, -1, -1,
                    PlaygroundTexts.text("playground.problem.tooLarge", source.length(), MAX_SOURCE_CHARS)));
        }
        try {
            return new Run(compiler, name, source).compile();
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "the compiler failed on " + name, e);
            return failed(name, Problem.error(0, -1, -1, PlaygroundTexts.text("playground.problem.compilerFailed")));
        }
    }

    private static Compilation failed(String name, Problem p) {
        return new Compilation(Compilation.Outcome.ERRORS, name, null, Map.of(), List.of(p));
    }

    /** A plain file name ending in .java: the program's events name it, so the code markers find their lines. */
    static String fileName(String given) {
        String n = given == null ? "" : given.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty() || n.equals(".java")) {
            n = "Program.java";
        }
        return n.endsWith(".java") ? n : n + ".java";
    }

    /** Where ProcLab's classes are: its jar, or target/classes in the build; the API is all a program needs. */
    static Path apiLocation() {
        try {
            return Path.of(org.proclab.mp.Process.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate ProcLab's classes", e);
        }
    }

    /** One compilation: its file, its diagnostics, its classes. */
    private static final class Run {
        private final JavaCompiler compiler;
        private final String name;
        private final String source;
        private final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();

        Run(JavaCompiler compiler, String name, String source) {
            this.compiler = compiler;
            this.name = name;
            this.source = source;
        }

        Compilation compile() throws IOException {
            SourceFile file = new SourceFile(name, source);
            try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8);
                 InMemoryClasses files = new InMemoryClasses(standard, classes)) {
                List<java.io.File> classpath = new ArrayList<>(List.of(apiLocation().toFile()));
                // what a worker has too: a copy of lesson 6 uses JNA
                org.proclab.worker.WorkerLibraries.jna().ifPresent(jna -> classpath.add(jna.toFile()));
                standard.setLocation(StandardLocation.CLASS_PATH, classpath);
                JavacTask task = (JavacTask) compiler.getTask(new StringWriter(), files, diagnostics, OPTIONS, null, List.of(file));
                List<CompilationUnitTree> units = new ArrayList<>();
                task.parse().forEach(units::add);
                task.analyze();
                List<TopLevel> types = topLevelTypes(task, units);
                String main = null;
                if (!hasErrors()) { // the elements, before generate() ends the task's use of them
                    main = chooseMain(task, types);
                    checkNotTaken(types);
                }
                if (!hasErrors()) {
                    task.generate();
                }
                collectDiagnostics();
                problems.sort(Comparator.comparingLong(Problem::line));
                if (hasErrors()) {
                    return new Compilation(Compilation.Outcome.ERRORS, name, null, Map.of(), problems);
                }
                Map<String, byte[]> out = new LinkedHashMap<>();
                classes.forEach((n, b) -> out.put(n, b.toByteArray()));
                return new Compilation(Compilation.Outcome.COMPILED, name, main, out, problems);
            }
        }

        private boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError)
                    || diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
        }

        private void collectDiagnostics() {
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                Problem.Severity s = switch (d.getKind()) {
                    case ERROR -> Problem.Severity.ERROR;
                    case WARNING, MANDATORY_WARNING -> Problem.Severity.WARNING;
                    default -> null; // notes ("uses unchecked operations") repeat what the warnings say
                };
                if (s == null) {
                    continue;
                }
                String english = d.getMessage(Locale.ENGLISH);
                Text message = new Text(Map.of("en", english, "zh", d.getMessage(Locale.SIMPLIFIED_CHINESE)));
                problems.add(new Problem(s, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                        offset(d.getStartPosition()), offset(d.getEndPosition()), message, hint(d.getCode(), english)));
            }
        }

        private static int offset(long pos) {
            return pos == Diagnostic.NOPOS ? -1 : (int) pos;
        }

        /**
         * A sentence for the errors students meet first with this API: {@code import org.proclab.mp.*;} makes
         * {@code Process} ambiguous with {@code java.lang.Process} (and {@code Queue} with {@code java.util.Queue}
         * beside {@code import java.util.*;}), and an API class used without its import.
         */
        private static Text hint(String code, String english) {
            if ("compiler.err.ref.ambiguous".equals(code)) {
                String api = null;
                String other = null;
                Matcher m = QUALIFIED.matcher(english);
                while (m.find()) {
                    String q = m.group(1) + m.group(2);
                    if (q.startsWith(API_PACKAGE) && api == null) {
                        api = q;
                    } else if (other == null && !q.startsWith(API_PACKAGE)) {
                        other = q;
                    }
                }
                if (api != null && other != null) {
                    return PlaygroundTexts.text("playground.hint.ambiguous",
                            api.substring(API_PACKAGE.length()), api, other);
                }
            }
            if (code != null && code.startsWith("compiler.err.cant.resolve")) {
                Matcher m = MISSING_CLASS.matcher(english);
                if (m.find() && isApiClass(m.group(1))) {
                    return PlaygroundTexts.text("playground.hint.import", m.group(1), API_PACKAGE + m.group(1));
                }
            }
            return null;
        }

        private static boolean isApiClass(String simpleName) {
            try {
                Class<?> c = Class.forName(API_PACKAGE + simpleName, false, ProgramCompiler.class.getClassLoader());
                return java.lang.reflect.Modifier.isPublic(c.getModifiers());
            } catch (ClassNotFoundException e) {
                return false;
            }
        }

        /** The file's top-level types, in the order it declares them, with where each begins. */
        private List<TopLevel> topLevelTypes(JavacTask task, List<CompilationUnitTree> units) {
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            List<TopLevel> out = new ArrayList<>();
            for (CompilationUnitTree unit : units) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
                for (Tree t : unit.getTypeDecls()) {
                    if (t instanceof ClassTree c && !c.getSimpleName().isEmpty()) {
                        int start = (int) positions.getStartPosition(unit, c);
                        int end = (int) positions.getEndPosition(unit, c);
                        long line = start < 0 ? 0 : unit.getLineMap().getLineNumber(start);
                        // the span of the declaration's first line, not the whole class
                        int eol = start < 0 ? -1 : source.indexOf('\n', start);
                        out.add(new TopLevel(pkg + c.getSimpleName(), c.getModifiers().getFlags().contains(Modifier.PUBLIC),
                                line, start, eol < 0 ? end : eol));
                    }
                }
            }
            return out;
        }

        private String chooseMain(JavacTask task, List<TopLevel> types) {
            TopLevel chosen = null;
            for (TopLevel t : types) {
                TypeElement e = task.getElements().getTypeElement(t.name());
                if (e != null && hasMain(e) && (chosen == null || t.isPublic() && !chosen.isPublic())) {
                    chosen = t;
                }
            }
            if (chosen == null) {
                TopLevel first = types.isEmpty() ? null : types.get(0);
                problems.add(first == null
                        ? Problem.error(0, -1, -1, PlaygroundTexts.text("playground.problem.noClass"))
                        : Problem.error(first.line(), first.start(), first.end(), PlaygroundTexts.text("playground.problem.noMain")));
                return null;
            }
            return chosen.name();
        }

        private static boolean hasMain(TypeElement type) {
            for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (m.getSimpleName().contentEquals("main") && m.getModifiers().contains(Modifier.PUBLIC)
                        && m.getModifiers().contains(Modifier.STATIC) && m.getReturnType().getKind() == TypeKind.VOID
                        && m.getParameters().size() == 1
                        && m.getParameters().get(0).asType().toString().equals("java.lang.String[]")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A class already on ProcLab's class path would be loaded from there, not from the program's run
         * directory: an unedited copy of a lesson would run instead of the student's edit, silently.
         */
        private void checkNotTaken(List<TopLevel> types) {
            for (TopLevel t : types) {
                if (ProgramCompiler.class.getClassLoader().getResource(t.name().replace('.', '/') + ".class") != null) {
                    problems.add(Problem.error(t.line(), t.start(), t.end(), PlaygroundTexts.text("playground.problem.taken", t.name())));
                }
            }
        }
    }

    private record TopLevel(String name, boolean isPublic, long line, int start, int end) {}

    /** The program's text, under its file name; any public class may live in it (see the class comment). */
    private static final class SourceFile extends SimpleJavaFileObject {
        private final String text;

        SourceFile(String name, String text) {
            super(uri("/" + name), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }

    private static URI uri(String path) {
        try {
            return new URI("string", null, path, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /** Keeps the class files javac writes in memory, by binary name. */
    private static final class InMemoryClasses extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        InMemoryClasses(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(uri("/" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    classes.put(className, b);
                    return b;
                }
            };
        }
    }
}
