package org.proclab.ui.lessons;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.proclab.lesson.Lesson;
import org.proclab.ui.source.ProgramSource;

/** The lessons on offer, the lesson files that failed to load, the chosen entry and its program's source. */
public final class LessonsViewModel {
    private final List<Lesson> lessons;
    private final List<String> problems;
    private final ObjectProperty<LessonEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ProgramSource> source = new ReadOnlyObjectWrapper<>(this, "source", ProgramSource.NONE);

    public LessonsViewModel(List<Lesson> lessons, List<String> problems) {
        this.lessons = List.copyOf(lessons);
        this.problems = List.copyOf(problems);
        selected.addListener((o, a, b) -> source.set(b == null ? ProgramSource.NONE : ProgramSource.load(b.programClass())));
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Lesson files that could not be read, each naming the file and the problem. */
    public List<String> problems() {
        return problems;
    }

    public ObjectProperty<LessonEntry> selectedProperty() {
        return selected;
    }

    public LessonEntry getSelected() {
        return selected.get();
    }

    public void setSelected(LessonEntry e) {
        selected.set(e);
    }

    /** The source of the selected entry's program. */
    public ReadOnlyObjectProperty<ProgramSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }
}
