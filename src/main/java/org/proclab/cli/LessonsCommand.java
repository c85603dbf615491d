package org.proclab.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.proclab.lesson.Lesson;
import org.proclab.lesson.LessonCatalog;
import picocli.CommandLine.Command;

/** Lists the lessons and their variants. */
@Command(name = "lessons", description = "List the lessons and their variants.")
final class LessonsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        LessonCatalog catalog = LessonCatalog.builtIn();
        for (Lesson l : catalog.lessons()) {
            System.out.printf("%d  %-18s %s%n", l.number(), l.id(), l.title().in(Locale.ENGLISH));
            for (Lesson.Variant v : l.variants()) {
                System.out.printf("     --variant %-16s %s%n", v.id(), v.title().in(Locale.ENGLISH));
            }
        }
        for (String p : catalog.problems()) {
            System.err.println("problem: " + p);
        }
        return catalog.problems().isEmpty() ? 0 : 1;
    }
}
