package org.proclab.ui.lessons;

import java.util.List;
import java.util.Locale;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.StartMethod;
import org.proclab.lesson.Lesson;

/** A row of the lesson list: a lesson itself (variant null) or one of its variants. */
public record LessonEntry(Lesson lesson, Lesson.Variant variant) {
    public String title(Locale l) {
        return variant == null ? lesson.number() + ". " + lesson.title().in(l) : variant.title().in(l);
    }

    public String summary(Locale l) {
        if (variant != null && variant.summary() != null) {
            return variant.summary().in(l);
        }
        return lesson.summary() == null ? "" : lesson.summary().in(l);
    }

    /** Why the prediction's answer is what it is (the lesson file's explanation): shown with the verdict, never before; or null. */
    public org.proclab.lesson.Text explanation() {
        return lesson.explanationFor(variant);
    }

    public String programClass() {
        return lesson.programFor(variant);
    }

    public ProgramSpec spec(StartMethod method) {
        return spec(method, lesson.argsFor(variant));
    }

    /** The program with other arguments than the lesson file's: the directories the user chose, say. */
    public ProgramSpec spec(StartMethod method, List<String> args) {
        return new ProgramSpec(programClass(), List.of(), args, method);
    }
}
