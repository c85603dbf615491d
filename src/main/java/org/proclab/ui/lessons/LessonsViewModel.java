package org.proclab.ui.lessons;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.lesson.Lesson;
import org.proclab.ui.source.ProgramSource;

/**
 * The lessons on offer, the lesson files that failed to load, the chosen entry and its program's source,
 * and the directories chosen for the lessons that take directories as arguments (lesson 6).
 */
public final class LessonsViewModel {
    private final List<Lesson> lessons;
    private final List<String> problems;
    private final ObjectProperty<LessonEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ProgramSource> source = new ReadOnlyObjectWrapper<>(this, "source", ProgramSource.NONE);
    private final ReadOnlyObjectWrapper<List<ProgramSource>> sources = new ReadOnlyObjectWrapper<>(this, "sources", List.of());
    // one list per lesson id, shared by its variants, so switching lessons back and forth keeps the choice
    private final Map<String, ObservableList<Path>> directoriesByLesson = new HashMap<>();
    private final ReadOnlyListWrapper<Path> directories =
            new ReadOnlyListWrapper<>(this, "directories", FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper takesDirectories = new ReadOnlyBooleanWrapper(this, "takesDirectories");
    private final BooleanBinding needsDirectories = takesDirectories.and(directories.emptyProperty());
    private java.util.function.Predicate<LessonEntry> mayChoose = e -> true;

    public LessonsViewModel(List<Lesson> lessons, List<String> problems) {
        this.lessons = List.copyOf(lessons);
        this.problems = List.copyOf(problems);
        selected.addListener((o, a, b) -> {
            sources.set(b == null ? List.of() : ProgramSource.loadWithHelpers(b.programClass()));
            source.set(sources.get().isEmpty() ? ProgramSource.NONE : sources.get().get(0));
            boolean dirs = b != null && b.lesson().takesDirectories();
            directories.set(dirs ? directoriesOf(b.lesson()) : FXCollections.emptyObservableList());
            takesDirectories.set(dirs);
        });
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

    /**
     * The user picks an entry (in the lesson list): it is selected at once, unless the guard holds it back,
     * for instance to ask first whether the running lesson may stop; the guard may select it later.
     * Returns whether it is selected now.
     */
    public boolean choose(LessonEntry e) {
        if (java.util.Objects.equals(e, selected.get())) {
            return true;
        }
        if (!mayChoose.test(e)) {
            return false;
        }
        selected.set(e);
        return true;
    }

    /** Decides whether a pick in the list may take effect now (see {@link #choose}). */
    public void setChoiceGuard(java.util.function.Predicate<LessonEntry> guard) {
        mayChoose = guard == null ? e -> true : guard;
    }

    /** The source file shown of the selected entry's program: its main class's, unless another was chosen. */
    public ReadOnlyObjectProperty<ProgramSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Every source file of the selected entry's program: its main class's first, then its helper classes' by name. */
    public ReadOnlyObjectProperty<List<ProgramSource>> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    /** The program's main source file (for "Edit a copy"), whichever is shown. */
    public ProgramSource mainSource() {
        return sources.get().isEmpty() ? ProgramSource.NONE : sources.get().get(0);
    }

    /** Shows another source file of the program, by its name; a name not among them changes nothing. */
    public void showSource(String fileName) {
        sources.get().stream().filter(s -> s.fileName().equals(fileName)).findFirst().ifPresent(source::set);
    }

    /** True while the selected lesson takes directories as its arguments. */
    public ReadOnlyBooleanProperty takesDirectoriesProperty() {
        return takesDirectories.getReadOnlyProperty();
    }

    /** The directories chosen for the selected lesson, in the order added; empty for other lessons. */
    public ReadOnlyListProperty<Path> directoriesProperty() {
        return directories.getReadOnlyProperty();
    }

    /** True while the selected lesson takes directories and none is chosen yet: it cannot run. */
    public BooleanBinding needsDirectoriesProperty() {
        return needsDirectories;
    }

    /** Adds a directory to the selected lesson's list (once); false if it takes none or already has it. */
    public boolean addDirectory(Path dir) {
        if (!takesDirectories.get() || dir == null) {
            return false;
        }
        Path p = dir.toAbsolutePath().normalize();
        return !directories.contains(p) && directories.add(p);
    }

    public void removeDirectory(Path dir) {
        if (takesDirectories.get()) {
            directories.remove(dir);
        }
    }

    /** The arguments to run an entry with: the chosen directories if its lesson takes them, else the lesson file's. */
    public List<String> argsFor(LessonEntry e) {
        if (e.lesson().takesDirectories()) {
            return directoriesOf(e.lesson()).stream().map(Path::toString).toList();
        }
        return e.lesson().argsFor(e.variant());
    }

    private ObservableList<Path> directoriesOf(Lesson l) {
        return directoriesByLesson.computeIfAbsent(l.id(), k -> FXCollections.observableArrayList());
    }
}
