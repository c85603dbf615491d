package org.proclab.ui.playground;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.StartMethod;
import org.proclab.playground.Compilation;
import org.proclab.playground.Problem;
import org.proclab.playground.ProgramArguments;
import org.proclab.playground.ProgramCompiler;
import org.proclab.playground.ProgramSources;
import org.proclab.playground.RunDirectory;
import org.proclab.ui.i18n.I18n;

/**
 * The student's own program: its text as edited, the file it came from (if any) and whether the edits are
 * saved, the problems of its last compile, and the class path entry of its last good compile, which lives
 * until the next compile or the window closes (so "Run ×N" and every worker of a run find its classes).
 * Loading another program never happens here behind the user's back: {@link #isDirty()} is the window's
 * cue to ask first. The arguments its {@code main} gets are remembered per program (by its file once saved,
 * else by its name) in an {@link ArgumentsMemory}: the window's for this session, the user's preferences in the app.
 */
public final class PlaygroundViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PlaygroundViewModel.class.getName());

    /**
     * What the editor shows, set when a program is loaded (the editor's own edits go to {@link #textProperty()});
     * {@code generation} tells the template loaded again from the template loaded before.
     */
    public record Loaded(String fileName, String text, long generation) {}

    /** Where the arguments of each program are remembered; {@code program} is its file's path, or its name. */
    public interface ArgumentsMemory {
        String get(String program);

        void put(String program, String arguments);

        /** A memory in a map (the window's, for one session; a test's). */
        static ArgumentsMemory in(java.util.Map<String, String> map) {
            return new ArgumentsMemory() {
                @Override
                public String get(String program) {
                    return map.get(program);
                }

                @Override
                public void put(String program, String arguments) {
                    map.put(program, arguments);
                }
            };
        }
    }

    /** Writes a compiled program's classes where a run's workers load them: {@link RunDirectory#of(Compilation)}; a test's seam. */
    interface ClassesWriter {
        RunDirectory write(Compilation program) throws IOException;
    }

    /** What a compile off the FX thread hands back to it: the compile and, for a run, its classes written (or why not). */
    private record Done(Compilation compilation, RunDirectory classes, boolean writeFailed) {
        static Done compiledOnly(Compilation c) {
            return new Done(c, null, false);
        }
    }

    private final I18n i18n;
    private final ProgramCompiler compiler;
    private final ClassesWriter writer;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", ProgramSources.TEMPLATE_FILE);
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyListWrapper<Problem> problems = new ReadOnlyListWrapper<>(this, "problems", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper compiling = new ReadOnlyBooleanWrapper(this, "compiling");
    // javac takes 0.4-0.7 s for a lesson-sized program on a busy 2-core machine (more the first time): off the FX thread
    private final java.util.concurrent.ExecutorService javac = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "proclab-compile");
        t.setDaemon(true);
        return t;
    });
    private final StringProperty arguments = new SimpleStringProperty(this, "arguments", "");
    private ArgumentsMemory memory = inMemory();
    private final BooleanBinding dirty = Bindings.createBooleanBinding(() -> !text.get().equals(saved.get()), text, saved);
    private RunDirectory classes;
    private volatile boolean closed; // set on the FX thread, read by the compile thread too
    private java.util.function.Function<Locale, String> sentence = l -> ""; // the status, in any language

    public PlaygroundViewModel(I18n i18n) {
        this(i18n, new ProgramCompiler());
    }

    public PlaygroundViewModel(I18n i18n, ProgramCompiler compiler) {
        this(i18n, compiler, RunDirectory::of);
    }

    PlaygroundViewModel(I18n i18n, ProgramCompiler compiler, ClassesWriter writer) {
        this.i18n = i18n;
        this.compiler = compiler;
        this.writer = writer;
        i18n.localeProperty().addListener((o, a, l) -> status.set(sentence.apply(l)));
        arguments.addListener((o, a, line) -> memory.put(programKey(), line));
        newProgram();
    }

    private static ArgumentsMemory inMemory() {
        return ArgumentsMemory.in(new java.util.HashMap<>());
    }

    /** Remember the arguments there from now on (the app: the user's preferences); the current program's are read back. */
    public void setArgumentsMemory(ArgumentsMemory m) {
        memory = m == null ? inMemory() : m;
        recallArguments();
    }

    /** The program as the memory of arguments knows it: its file, once it has one; else its name. */
    private String programKey() {
        Path p = path.get();
        return p != null ? p.toAbsolutePath().normalize().toString() : fileName.get();
    }

    private void recallArguments() {
        String line = memory.get(programKey());
        arguments.set(line == null ? "" : line);
    }

    /** A new program from the template, in the window's language; not yet a file. */
    public void newProgram() {
        load(ProgramSources.TEMPLATE_FILE, ProgramSources.template(i18n.getLocale()), null);
    }

    /** A lesson's program as the student's own copy, under the lesson file's name; not yet saved anywhere. */
    public void copyOf(String lessonFileName, List<String> lines) {
        copyOf(lessonFileName, lines, List.of());
    }

    /** The same, of a program of several files: its helper classes' sources ({@code helpers}) go into the one file. */
    public void copyOf(String lessonFileName, List<String> lines, List<List<String>> helpers) {
        load(lessonFileName, ProgramSources.copyOfLesson(String.join("\n", lines),
                helpers.stream().map(h -> String.join("\n", h)).toList(), i18n.getLocale()), null);
    }

    /** Reads a .java file; false, with a sentence in {@link #statusProperty()}, when it cannot be read. */
    public boolean open(Path file) {
        try {
            if (Files.size(file) > ProgramCompiler.MAX_SOURCE_CHARS) {
                say("playground.openTooLarge", file.getFileName());
                return false;
            }
            String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            load(file.getFileName().toString(), s, file);
            return true;
        } catch (CharacterCodingException e) {
            say("playground.openNotText", file.getFileName());
        } catch (NoSuchFileException e) {
            say("playground.openMissing", file.getFileName());
        } catch (AccessDeniedException e) {
            say("playground.openDenied", file.getFileName());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file, e);
            say("playground.openFailed", file.getFileName());
        }
        return false;
    }

    /** Saves the text to {@code file} (which it is from now on); false, with a sentence, when it cannot. */
    public boolean saveTo(Path file) {
        try {
            Files.writeString(file, text.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write " + file, e);
            say("playground.saveFailed", file.getFileName());
            return false;
        }
        String args = arguments.get();
        path.set(file);
        fileName.set(file.getFileName().toString());
        memory.put(programKey(), args); // the file keeps the arguments the program had before it was saved
        saved.set(text.get());
        say("playground.saved", file.getFileName());
        return true;
    }

    private void load(String name, String source, Path from) {
        path.set(from);
        fileName.set(name);
        text.set(source);
        saved.set(source); // nothing is lost until it is edited
        recallArguments();
        loaded.set(new Loaded(name, source, loaded.get() == null ? 0 : loaded.get().generation() + 1));
        problems.clear();
        say(compiler.available() ? l -> "" : ProgramCompiler.noCompilerText()::in);
    }

    /** Compiles the text; lists its problems and says in one sentence how it went. Blocks: tests and tools. */
    public Compilation compile() {
        return compiled(compiler.compile(fileName.get(), text.get()));
    }

    private Compilation compiled(Compilation c) {
        problems.setAll(c.problems());
        switch (c.outcome()) {
            case NO_COMPILER -> say(ProgramCompiler.noCompilerText()::in);
            case ERRORS -> say("playground.errors", c.errors().size());
            case COMPILED -> say("playground.compiled", c.mainClass());
        }
        return c;
    }

    /**
     * Compiles the text as it is now on a thread of its own, so the window stays live meanwhile ("Compiling
     * Foo.java…"), then, on the FX thread, lists its problems and hands the outcome to {@code then}. Ignored
     * while a compile is under way. Call on the FX thread.
     */
    public void compileInBackground(java.util.function.Consumer<Compilation> then) {
        compileInBackground(false, done -> then.accept(compiled(done.compilation())));
    }

    /**
     * Compiles on the compile thread and, {@code forRun}, writes the classes there too (the FX thread touches no
     * file for a run); then hands both to {@code then} on the FX thread. Until then the status says "Compiling…".
     */
    private void compileInBackground(boolean forRun, java.util.function.Consumer<Done> then) {
        if (compiling.get()) {
            return;
        }
        String name = fileName.get();
        String source = text.get();
        compiling.set(true);
        say("playground.compiling", name);
        javac.execute(() -> {
            Compilation c = compiler.compile(name, source);
            Done done = forRun ? written(c) : Done.compiledOnly(c);
            javafx.application.Platform.runLater(() -> {
                compiling.set(false);
                if (closed) { // closed while writing: nothing else would delete these classes
                    deleteQuietly(done.classes());
                } else {
                    then.accept(done);
                }
            });
        });
    }

    /** The program's classes written where a run's workers load them; none when it did not compile or the window closed. */
    private Done written(Compilation c) {
        if (!c.compiled() || closed) { // closed meanwhile: no classes written for a run that cannot come
            return Done.compiledOnly(c);
        }
        try {
            return new Done(c, writer.write(c), false);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot write the compiled classes", e);
            return new Done(c, null, true);
        }
    }

    /** True while {@link #compileInBackground} compiles: Run waits for it. */
    public ReadOnlyBooleanProperty compilingProperty() {
        return compiling.getReadOnlyProperty();
    }

    /**
     * Compiles, writes the classes where the run's workers load them, and gives the spec of a run; null when
     * it did not compile (the problems and the status say why). Call only between runs: the classes of the
     * last compile go. Blocks: tests and tools; the window uses {@link #compileForRunInBackground}.
     */
    public ProgramSpec compileForRun(StartMethod method) {
        Compilation c = compile();
        return specOf(written(c), method, RunDirectory::close);
    }

    /** {@link #compileForRun} without blocking the FX thread: {@code run} gets the spec if it compiled. */
    public void compileForRunInBackground(StartMethod method, java.util.function.Consumer<ProgramSpec> run) {
        compileInBackground(true, done -> {
            compiled(done.compilation());
            // the last compile's classes go off the FX thread too (the compile thread runs one thing at a time)
            ProgramSpec spec = specOf(done, method, old -> javac.execute(old::close));
            if (spec != null) {
                run.accept(spec);
            }
        });
    }

    /** The spec of a run of these freshly written classes, which replace the last compile's ({@code retire} deletes those). */
    private ProgramSpec specOf(Done done, StartMethod method, java.util.function.Consumer<RunDirectory> retire) {
        Compilation c = done.compilation();
        if (done.writeFailed()) {
            say("playground.classesFailed");
        }
        if (done.classes() == null) { // not compiled, not written, or the window closed
            return null;
        }
        if (classes != null) {
            retire.accept(classes);
        }
        classes = done.classes();
        return new ProgramSpec(c.mainClass(), List.of(classes.path()), ProgramArguments.split(arguments.get()), method);
    }

    private static void deleteQuietly(RunDirectory d) {
        if (d != null) {
            d.close();
        }
    }

    private void say(String key, Object... args) {
        say(l -> org.proclab.ui.i18n.I18n.text(org.proclab.ui.i18n.I18n.bundle(l), key, args));
    }

    private void say(java.util.function.Function<Locale, String> words) {
        sentence = words;
        status.set(words.apply(i18n.getLocale()));
    }

    public boolean compilerAvailable() {
        return compiler.available();
    }

    /** The program as loaded (a new one, a copy, a file): the editor replaces its text with it. */
    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The text as edited; the editor writes it. */
    public StringProperty textProperty() {
        return text;
    }

    /**
     * The arguments its {@code main} gets, on one line as in a shell (see {@link ProgramArguments}): what
     * {@code run --source FILE -- ARGS} gives it on the command line. Remembered per program.
     */
    public StringProperty argumentsProperty() {
        return arguments;
    }

    /** The name the program compiles under, such as MyProgram.java: its events carry it, the markers find its lines. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The file it was opened from or saved to, or null. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** True when the text differs from what was opened or saved last (a new program or a copy is unsaved). */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The problems of the last compile, in the order of their lines. */
    public ReadOnlyListProperty<Problem> problems() {
        return problems.getReadOnlyProperty();
    }

    /** One sentence on the last thing done: compiled, n errors, saved, cannot open, no compiler. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Deletes the compiled classes, and drops a compile still under way: the window is going away. */
    @Override
    public void close() {
        closed = true;
        deleteQuietly(classes);
        classes = null;
    }
}
