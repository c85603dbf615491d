package org.proclab.ui.main;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.proclab.kernel.Session;
import org.proclab.kernel.StartMethod;
import org.proclab.lesson.LessonCatalog;
import org.proclab.trace.Event;
import org.proclab.ui.enumerate.EnumerationViewModel;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.IpcViewModel;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.lessons.LessonsViewModel;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.PredictionBreakpoint;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;
import org.proclab.ui.run.SchedulerViewModel;
import org.proclab.ui.spread.OutcomesViewModel;

/**
 * The main window's state: the language, the lessons, the start method, free / slow-motion / step mode,
 * and the current run with its processes, pipes, queues, locks, values, pools and lesson 6's enumeration.
 */
public final class MainViewModel implements AutoCloseable {
    private final I18n i18n;
    private final LessonsViewModel lessons;
    private final RunViewModel run = new RunViewModel();
    private final IpcViewModel ipc = new IpcViewModel();
    private final EnumerationViewModel enumeration = new EnumerationViewModel();
    private final SchedulerViewModel scheduler = new SchedulerViewModel(Platform::runLater);
    private final RunController controller;
    private final NarrationModel narration = new NarrationModel();
    private final PredictionBreakpoint breakpoint = new PredictionBreakpoint(narration, Platform::runLater);
    private final ReadOnlyObjectWrapper<CentreView> lessonView = new ReadOnlyObjectWrapper<>(this, "lessonView", CentreView.PROCESSES);
    private final ObjectProperty<StartMethod> startMethod = new SimpleObjectProperty<>(this, "startMethod", StartMethod.FORK);
    private final BooleanBinding canRun;
    private final BooleanBinding canStop;
    private LessonEntry repeated; // the lesson of the last "Run ×N"
    private final OutcomesViewModel outcomes = new OutcomesViewModel(Platform::runLater);
    private final BooleanBinding canRepeat;

    public MainViewModel(LessonCatalog catalog, Locale locale) {
        this(new LessonsViewModel(catalog.lessons(), catalog.problems()), new I18n(locale));
    }

    public MainViewModel(LessonsViewModel lessons, I18n i18n) {
        this.lessons = lessons;
        this.i18n = i18n;
        // the session is opened here so that the prediction's breakpoint is in place before the program runs
        this.controller = new RunController(run, scheduler, spec -> breakpoint.install(Session.open(spec.startMethod())));
        run.addFold(narration);
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
            if (a != null && a.busy() && !st.busy()) {
                narration.runEnded();
            }
        });
        // a finished run or a replayed trace: at the end of its timeline the answers are known; scrubbed back, not yet
        javafx.beans.InvalidationListener atTheEnd = o -> {
            RunState st = run.getState();
            if ((st == RunState.FINISHED || st == RunState.REPLAY) && !run.events().isEmpty()
                    && run.shownProperty().get() == run.events().size() - 1) {
                narration.runEnded();
            }
        };
        run.shownProperty().addListener(atTheEnd);
        run.stateProperty().addListener(atTheEnd);
        lessons.selectedProperty().addListener((o, a, e) -> narration.setScript(e == null ? null : e.lesson().scriptFor(e.variant())));
        run.addFold(new RunViewModel.BatchFold() {
            @Override
            public void apply(List<Event> batch) {
                ipc.apply(batch);
            }

            @Override
            public void reset() {
                ipc.reset();
            }
        });
        run.addFold(enumeration);
        lessons.selectedProperty().addListener((o, a, e) -> {
            if (e != null) {
                lessonView.set(CentreView.forLesson(e.lesson().id()));
            }
        });
        // a lesson that takes directories (lesson 6) cannot run before the user has chosen one
        canRun = Bindings.createBooleanBinding(
                () -> lessons.getSelected() != null && !run.getState().busy() && !lessons.needsDirectoriesProperty().get()
                        && !outcomes.isRunning(),
                lessons.selectedProperty(), run.stateProperty(), lessons.needsDirectoriesProperty(), outcomes.runningProperty());
        canRepeat = canRun; // one run or one series at a time: the machine has few cores
        // the Outcomes tab names the lesson it ran in the language of the moment
        i18n.localeProperty().addListener((o, a, l) -> {
            if (repeated != null) {
                outcomes.retitle(repeated.title(l));
            }
        });
        canStop = Bindings.createBooleanBinding(() -> run.getState().busy(), run.stateProperty());
    }

    /** Runs the selected lesson or variant with the chosen start method (and directories, for lesson 6). */
    public void run() {
        LessonEntry e = lessons.getSelected();
        if (e != null && canRun.get()) {
            breakpoint.arm();
            controller.run(e.spec(startMethod.get(), lessons.argsFor(e)));
        }
    }

    /** "Run ×N": runs the selected lesson or variant N times in the background, for the spread of outcomes. */
    public void runRepeated() {
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

    /** Ends the run and every process it started: the window is going away. */
    @Override
    public void close() {
        outcomes.close();
        controller.close();
    }

    public I18n i18n() {
        return i18n;
    }

    public LessonsViewModel lessons() {
        return lessons;
    }

    public RunViewModel runModel() {
        return run;
    }

    /** The pipes, queues, locks and values of the current run. */
    public IpcViewModel ipc() {
        return ipc;
    }

    /** Lesson 6's enumeration of the current run: its versions, their directories and times. */
    public EnumerationViewModel enumeration() {
        return enumeration;
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
}
