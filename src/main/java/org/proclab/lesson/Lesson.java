package org.proclab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A lesson as read from its file under {@code resources/lessons/}: the program it runs, its variants,
 * and what it says to the student. The file format is described in {@code docs/lesson-format.md}.
 */
public record Lesson(String id, int number, Text title, Text summary, Text explanation, String program, PythonTwin python,
                     List<String> args, String argsKind, Text argsHint, List<Variant> variants, Script script) {

    /** The {@code argsKind} of a lesson whose arguments are directories the user picks before running it. */
    public static final String DIRECTORIES = "directories";

    /**
     * Another version of the lesson's program, such as "without the lock". {@code summary}, {@code explanation},
     * {@code program}, {@code args} are null where the lesson's apply; {@code script} is empty where it does;
     * {@code python} is the twin of the variant's own program, null if it has none.
     */
    public record Variant(String id, Text title, Text summary, Text explanation, String program, PythonTwin python,
                          List<String> args, Script script) {}

    /**
     * What the lesson (variant null) or a variant says while it runs, with the explanation shown beside the
     * prediction's verdict; a variant without a script uses the lesson's, with its own explanation if it has one.
     */
    public Script scriptFor(Variant v) {
        if (v != null && v.script() != null && !v.script().isEmpty()) {
            return v.script();
        }
        Script s = script == null ? Script.EMPTY : script;
        return v != null && v.explanation() != null ? s.withExplanation(v.explanation()) : s;
    }

    /** What the app shows with the verdict, once the student has predicted and seen the run; null if nothing. */
    public Text explanationFor(Variant v) {
        return scriptFor(v).explanation();
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /** The main class to run for the lesson itself (variant null) or one of its variants. */
    public String programFor(Variant v) {
        return v == null || v.program() == null ? program : v.program();
    }

    /**
     * The Python twin of the program the lesson (variant null) or a variant runs, if it has one: a variant without a
     * program of its own has the lesson's.
     */
    public Optional<PythonTwin> pythonTwin(Variant v) {
        return Optional.ofNullable(v == null || v.program() == null ? python : v.python());
    }

    /** Where the program's source is, as a class-path resource, so the app can show it. */
    public static String sourceResource(String programClass) {
        return "/" + programClass.replace('.', '/') + ".java";
    }

    public List<String> argsFor(Variant v) {
        return v == null || v.args() == null ? args : v.args();
    }

    /** True if the user gives the arguments as directories (lesson and variants alike), as in lesson 6. */
    public boolean takesDirectories() {
        return DIRECTORIES.equals(argsKind);
    }
}
