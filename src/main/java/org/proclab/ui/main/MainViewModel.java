package org.proclab.ui.main;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.Session;
import org.proclab.kernel.StartMethod;
import org.proclab.lesson.LessonCatalog;
import org.proclab.lesson.Script;
import org.proclab.trace.Event;
import org.proclab.ui.enumerate.EnumerationViewModel;
import org.proclab.ui.eventlog.EventObjects;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcViewModel;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.lessons.LessonsViewModel;
import org.proclab.ui.model.DeadlockReport;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.PredictionBreakpoint;
import org.proclab.ui.playground.PlaygroundViewModel;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.run.SchedulerViewModel;
import org.proclab.ui.spread.OutcomesViewModel;

/**
 * The main window's state: the language, the lessons, the start method, free / slow-motion / step mode,
 * and the current run, whose host ({@link RunViewModel}) owns every fold of it. One lesson, one run, one
 * picture: choosing another lesson while a run is busy asks first, then drops the run (every process of it
 * ends) and resets every view; Run while the card asks its question asks first too. The event chosen in the
 * event log points out its line in the source, its process and its object; {@link #sourceMarks()} says
 * where each process stands in the source.
 */
public final class MainViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final I18n i18n;
    private final LessonsViewModel lessons;
    private final RunViewModel run = new RunViewModel();
    private final SchedulerViewModel scheduler = new SchedulerViewModel(Platform::runLater);
    private final RunController controller;
    private final NarrationModel narration = run.narration();
    private final PredictionBreakpoint breakpoint = new PredictionBreakpoint(narration, Platform::runLater);
    private final ReadOnlyObjectWrapper<CentreView> lessonView = new ReadOnlyObjectWrapper<>(this, "lessonView", CentreView.PROCESSES);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ObjectProperty<StartMethod> startMethod = new SimpleObjectProperty<>(this, "startMethod", StartMethod.FORK);
    private final BooleanBinding canRun;
    private final BooleanBinding canStop;
    private LessonEntry repeated; // the lesson of the last "Run ×N"
    private final OutcomesViewModel outcomes = new OutcomesViewModel(Platform::runLater);
    private final BooleanBinding canRepeat;
    private final PlaygroundViewModel playground;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final StringBinding shownFileName;
    private final StringBinding fileName;
    private final ObjectProperty<Event> chosenEvent = new SimpleObjectProperty<>(this, "chosenEvent");
    private final ReadOnlyStringWrapper chosenObject = new ReadOnlyStringWrapper(this, "chosenObject");
    private final IntegerBinding chosenLine;
    private final ObjectProperty<Long> selectedPid = new SimpleObjectProperty<>(this, "selectedPid");
    private final SourceMarks sourceMarks;
    private final ObjectBinding<DeadlockReport> runsDeadlock;

    public MainViewModel(LessonCatalog catalog, Locale locale) {
        this(new LessonsViewModel(catalog.lessons(), catalog.problems()), new I18n(locale));
    }

    public MainViewModel(LessonsViewModel lessons, I18n i18n) {
        this.lessons = lessons;
        this.i18n = i18n;
        this.playground = new PlaygroundViewModel(i18n);
        // the session is opened here so that the prediction's breakpoint is in place before the program runs
        this.controller = new RunController(run, scheduler, spec -> breakpoint.install(Session.open(spec.startMethod())));
        controller.setFailureText(() -> i18n.get("error.runFailed"));
        breakpoint.setRelease(op -> {
            if (scheduler.pending().stream().anyMatch(q -> q.order() == op.order())) {
                scheduler.step(op.pid()); // its first held operation is this one: a process's operations keep their order
            }
        });
        narration.setOnRepeat(this::runRepeated);
        narration.setOnConfirm(() -> {
            if (!breakpoint.releaseIfHeld() && !run.getState().busy()) {
                run(); // "Run it" before a run: the prediction is made, now watch
            }
        });
        run.stateProperty().addListener((o, a, st) -> {
            if (a != null && a.busy() && (st == RunState.FINISHED || st == RunState.FAILED)) {
                narration.runEnded(); // not for a run dropped for another lesson: it has no answer to give
            }
        });
        // a finished run or a replayed trace: at the end of its timeline the answers are known; scrubbed back, not yet
        InvalidationListener atTheEnd = o -> {
            RunState st = run.getState();
            if ((st == RunState.FINISHED || st == RunState.REPLAY) && !run.events().isEmpty()
                    && run.shownProperty().get() == run.events().size() - 1) {
                narration.runEnded();
            }
        };
        run.shownProperty().addListener(atTheEnd);
        run.stateProperty().addListener(atTheEnd);
        lessons.setChoiceGuard(this::mayChoose);
        lessons.selectedProperty().addListener((o, a, e) -> lessonChosen(e));
        // the markers follow the program shown: the lesson's, or the student's own in the editor
        shownFileName = Bindings.createStringBinding(() -> editing.get()
                ? playground.fileNameProperty().get() : lessons.sourceProperty().get().fileName(),
                editing, playground.fileNameProperty(), lessons.sourceProperty());
        shownFileName.addListener((o, a, name) -> run.markers().setFileName(name));
        run.markers().setFileName(shownFileName.get());
        // a lesson that takes directories (lesson 6) cannot run before the user has chosen one; the student's
        // own program is compiled when Run is pressed, and its errors are listed instead of a run
        canRun = Bindings.createBooleanBinding(
                () -> (editing.get() || lessons.getSelected() != null && !lessons.needsDirectoriesProperty().get())
                        && !run.getState().busy() && !outcomes.isRunning() && !playground.compilingProperty().get(),
                editing, lessons.selectedProperty(), run.stateProperty(), lessons.needsDirectoriesProperty(),
                outcomes.runningProperty(), playground.compilingProperty());
        canRepeat = canRun; // one run or one series at a time: the machine has few cores
        // the Outcomes tab names the lesson it ran in the language of the moment
        i18n.localeProperty().addListener((o, a, l) -> {
            if (repeated != null) {
                outcomes.retitle(repeated.title(l));
            }
        });
        canStop = Bindings.createBooleanBinding(() -> run.getState().busy(), run.stateProperty());
        // a run that ends by itself while the window asks whether to stop it leaves nothing to stop: what the
        // student asked for (another lesson, the editor) happens, as it would have without the question
        run.stateProperty().addListener((o, was, now) -> {
            if (!now.busy() && asksToStopTheRun()) {
                // after this change has reached every listener: the switch resets the run's state again
                Platform.runLater(() -> {
                    if (!run.getState().busy() && asksToStopTheRun()) {
                        answer(true);
                    }
                });
            }
        });
        fileName = shownFileName; // the lesson's program, or the student's own in the editor
        chosenObject.bind(Bindings.createStringBinding(() -> EventObjects.objectOf(chosenEvent.get()), chosenEvent));
        chosenLine = Bindings.createIntegerBinding(() -> {
            Event e = chosenEvent.get();
            return e != null && e.file() != null && e.file().equals(fileName.get()) ? e.line() : 0;
        }, chosenEvent, fileName);
        chosenEvent.addListener((o, a, e) -> {
            if (e != null && run.colorOf(e.pid()) >= 0) { // ProcLab's own events have no process to point out
                selectedPid.set(e.pid());
            }
        });
        sourceMarks = new SourceMarks(run.markers(), scheduler.pending(), run.followingProperty(), fileName,
                run::colorOf, chosenLine);
        // a banner belongs to its run: it goes when the run ends (Stop too) or another lesson is chosen; a
        // replayed trace shows it as the run did
        runsDeadlock = Bindings.createObjectBinding(
                () -> run.getState().busy() || run.getState() == RunState.REPLAY ? run.deadlockProperty().get() : null,
                run.deadlockProperty(), run.stateProperty());
        lessonChosen(lessons.getSelected());
    }

    /** A pick in the lesson list takes effect at once, unless a run is busy: then the user says first. */
    private boolean mayChoose(LessonEntry next) {
        if (!run.getState().busy() || run.getState() == RunState.STOPPING) {
            return true; // idle, finished, failed, a trace, or a run already on its way out
        }
        ask(new Question(Question.Kind.STOP_RUN_FOR_LESSON, () -> lessons.setSelected(next), () -> { }));
        return false;
    }

    /** Another lesson: its script first (the card never shows one lesson's answer under another's choices), then every view empty. */
    private void lessonChosen(LessonEntry e) {
        editing.set(false); // the editor keeps the student's program for later
        narration.setScript(e == null ? null : e.lesson().scriptFor(e.variant()), e == null ? null : e.explanation());
        breakpoint.disarm();
        controller.discard(); // a busy run stops, every process of it; in any case every view shows the empty state
        if (e != null) {
            lessonView.set(CentreView.forLesson(e.lesson().id()));
        }
    }

    /** Runs the selected lesson or variant with the chosen start method (and directories, for lesson 6). */
    public void run() {
        if (editing.get()) {
            if (canRun.get()) {
                playground.compileForRunInBackground(startMethod.get(), spec -> {
                    if (editing.get() && canRun.get()) { // still the editor, nothing started meanwhile
                        controller.run(spec); // the same path and views as a lesson's run; no script, no prediction
                    }
                });
            }
            return;
        }
        LessonEntry e = lessons.getSelected();
        if (e == null || !canRun.get()) {
            return;
        }
        Script.Prediction p = narration.predictionProperty().get();
        if (narration.isAsking() && p.before() == null) {
            // a question asked before the run: running now would show the answer before the student gave one
            ask(new Question(Question.Kind.RUN_WITHOUT_PREDICTING, () -> {
                narration.skip();
                start(e);
            }, () -> { }));
            return;
        }
        start(e); // a question asked during the run stops the run before the operation it is about
    }

    private void start(LessonEntry e) {
        if (e == lessons.getSelected() && canRun.get()) {
            breakpoint.arm();
            controller.run(e.spec(startMethod.get(), lessons.argsFor(e)));
        }
    }

    private void ask(Question q) {
        if (question.get() == null) {
            question.set(q);
        }
    }

    private boolean asksToStopTheRun() {
        Question q = question.get();
        return q != null
                && (q.kind() == Question.Kind.STOP_RUN_FOR_LESSON || q.kind() == Question.Kind.STOP_RUN_FOR_PROGRAM);
    }

    /** The user's answer to the open question: true for its first choice. */
    public void answer(boolean yes) {
        Question q = question.get();
        if (q == null) {
            return;
        }
        question.set(null);
        (yes ? q.onYes() : q.onNo()).run();
    }

    /** What the window must ask the user now, or null. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /**
     * A bug somewhere in the window: the user reads a short sentence in the status bar, the log gets the
     * whole story. No exception text ever reaches the user.
     */
    public void unexpected(Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error in the window", e);
        run.reportError(i18n.get("error.unexpected"));
    }

    /** "Run ×N": runs the selected lesson or variant N times in the background, for the spread of outcomes. */
    public void runRepeated() {
        if (editing.get()) {
            if (canRepeat.get()) {
                playground.compileForRunInBackground(startMethod.get(), spec -> {
                    if (editing.get() && canRepeat.get()) {
                        repeated = null;
                        outcomes.start(spec, null, playground.fileNameProperty().get());
                    }
                });
            }
            return;
        }
        LessonEntry e = lessons.getSelected();
        if (e != null && canRepeat.get()) {
            repeated = e;
            outcomes.start(e.spec(startMethod.get(), lessons.argsFor(e)), e.lesson().scriptFor(e.variant()),
                    e.title(i18n.getLocale()));
        }
    }

    /** The repeated runs of "Run ×N" and their spread of outcomes. */
    public OutcomesViewModel outcomes() {
        return outcomes;
    }

    public BooleanBinding canRepeatProperty() {
        return canRepeat;
    }

    public void stop() {
        controller.stop();
    }

    /** "Edit a copy": the chosen lesson's or variant's program in the editor, as the student's own. */
    public void editCopy() {
        org.proclab.ui.source.ProgramSource s = lessons.mainSource(); // the program, whichever of its files is shown
        if (lessons.getSelected() != null && s.problem() == null && !s.lines().isEmpty()) {
            java.util.List<java.util.List<String>> helpers = lessons.sourcesProperty().get().stream().skip(1)
                    .map(org.proclab.ui.source.ProgramSource::lines).toList();
            replaceProgram(() -> playground.copyOf(s.fileName(), s.lines(), helpers));
        }
    }

    /** "New program": the template in the editor. */
    public void newProgram() {
        replaceProgram(playground::newProgram);
    }

    /** Opens a .java file in the editor (the window has asked whether unsaved work may go: {@link #whenProgramMayGo}). */
    public boolean openProgram(java.nio.file.Path file) {
        if (!playground.open(file)) {
            return false;
        }
        showEditor();
        return true;
    }

    /** Replaces the program in the editor with another, asking first when the edits there are not saved. */
    private void replaceProgram(Runnable load) {
        whenProgramMayGo(() -> {
            load.run();
            showEditor();
        });
    }

    /**
     * Does {@code then} at once when the editor holds no unsaved edits; else asks whether they may be
     * discarded, and does it only on yes. Before another program replaces them, and before the window closes.
     */
    public void whenProgramMayGo(Runnable then) {
        if (!playground.isDirty()) {
            then.run();
        } else {
            ask(new Question(Question.Kind.DISCARD_PROGRAM, then, () -> { }));
        }
    }

    /** Shows the student's program (as it was left) instead of the lesson's; a busy run is stopped, after asking. */
    public void showEditor() {
        switchProgram(true);
    }

    /** Back to the chosen lesson's program; the student's stays in the editor for later. */
    public void showLesson() {
        switchProgram(false);
    }

    private void switchProgram(boolean edit) {
        if (editing.get() == edit) {
            return;
        }
        Runnable go = () -> {
            editing.set(edit);
            LessonEntry e = lessons.getSelected();
            narration.setScript(edit || e == null ? null : e.lesson().scriptFor(e.variant()),
                    edit || e == null ? null : e.explanation());
            breakpoint.disarm();
            controller.discard(); // one program, one run, one picture
        };
        if (run.getState().busy() && run.getState() != RunState.STOPPING) {
            ask(new Question(Question.Kind.STOP_RUN_FOR_PROGRAM, go, () -> { }));
        } else {
            go.run();
        }
    }

    /** The student's own program: its text, file, problems and compiled classes. */
    public PlaygroundViewModel playground() {
        return playground;
    }

    /** True while the editor's program is the one shown and run, instead of the chosen lesson's. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The file name of the program shown (the lesson's or the student's): the code markers are for its lines. */
    public StringBinding shownFileNameProperty() {
        return shownFileName;
    }

    /** Ends the run and every process it started: the window is going away. */
    @Override
    public void close() {
        outcomes.close();
        controller.close();
        playground.close();
    }

    public I18n i18n() {
        return i18n;
    }

    public LessonsViewModel lessons() {
        return lessons;
    }

    /** The current run: its state, its timeline and every fold of it. */
    public RunViewModel runModel() {
        return run;
    }

    /** The pipes, queues, locks and values of the current run. */
    public IpcViewModel ipc() {
        return run.ipc();
    }

    /** Lesson 6's enumeration of the current run: its versions, their directories and times. */
    public EnumerationViewModel enumeration() {
        return run.enumeration();
    }

    /** The chosen lesson's narration and prediction during the current run. */
    public NarrationModel narration() {
        return narration;
    }

    /** Free, slow-motion and step modes, and the operations waiting for their turn. */
    public SchedulerViewModel scheduler() {
        return scheduler;
    }

    /** The centre view the chosen lesson is about; the window switches to it, the user may switch away. */
    public ReadOnlyObjectProperty<CentreView> lessonViewProperty() {
        return lessonView.getReadOnlyProperty();
    }

    public ObjectProperty<StartMethod> startMethodProperty() {
        return startMethod;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    /** The event chosen in the event log, or null; the window binds the log's selection to it. */
    public ObjectProperty<Event> chosenEventProperty() {
        return chosenEvent;
    }

    /** The IPC object the chosen event acts on ("pipe-1:0", "queue-1", "pool-1"), for the diagrams to point out; or null. */
    public ReadOnlyStringProperty chosenObjectProperty() {
        return chosenObject.getReadOnlyProperty();
    }

    /** The centre view that draws the chosen event's object, or null: brought to the front when the user chooses. */
    public CentreView chosenObjectView() {
        return CentreView.drawing(chosenObject.get());
    }

    /** The chosen event's line when it is in the shown source file, else 0. */
    public IntegerBinding chosenLineProperty() {
        return chosenLine;
    }

    /**
     * The process selected in the tree (its console comes to the front): the user's click, or the process of
     * the event chosen in the event log.
     */
    public ObjectProperty<Long> selectedPidProperty() {
        return selectedPid;
    }

    /** Where each process stands in the shown source, where waiting ones wait, and the line to bring into sight. */
    public SourceMarks sourceMarks() {
        return sourceMarks;
    }

    /** The run's deadlock while the run is on (or replayed), else null: the banner shows it. */
    public ObjectBinding<DeadlockReport> runsDeadlockProperty() {
        return runsDeadlock;
    }
}
