package org.proclab.ui.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.console.ConsoleTabs;
import org.proclab.ui.enumerate.EnumerationView;
import org.proclab.ui.eventlog.EventLogView;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.ipc.LockView;
import org.proclab.ui.ipc.PipeDiagram;
import org.proclab.ui.ipc.QueueView;
import org.proclab.ui.ipc.ArrayView;
import org.proclab.ui.ipc.ManagerView;
import org.proclab.ui.ipc.SyncView;
import org.proclab.ui.ipc.ValueView;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.lessons.LessonPane;
import org.proclab.ui.playground.PlaygroundPane;
import org.proclab.ui.pool.PoolPane;
import org.proclab.ui.pool.PoolViewModel;
import org.proclab.ui.present.FitPane;
import org.proclab.ui.present.Panel;
import org.proclab.ui.present.PanelHider;
import org.proclab.ui.present.PresentationModel;
import org.proclab.ui.source.PythonTwinModel;
import org.proclab.ui.source.PythonTwinPane;
import org.proclab.ui.present.RunActions;
import org.proclab.ui.present.Shortcuts;
import org.proclab.ui.source.SourceView;
import org.proclab.ui.spread.OutcomesPane;
import org.proclab.ui.step.PendingPanel;
import org.proclab.ui.timeline.TimelineBar;
import org.proclab.ui.timeline.TraceActions;
import org.proclab.ui.tree.ProcessTreeView;

/**
 * The main window's content: on the left the lessons above, the lesson's narration and prediction card
 * below; in the middle a deadlock banner when there is one, then the centre views as tabs (the process
 * tree, pipes and queues, locks and values, the pool, lesson 6's enumeration, the outcomes of repeated
 * runs) over the timeline, beside the operations waiting for their turn and the program's source with its
 * code markers; the consoles below, beside the event log; a status bar at the bottom. It only binds to
 * {@link MainViewModel}; {@link #presentation()} says what is zoomed, themed or hidden. Its keys are
 * {@link WindowKeys}; what the view model must ask first it asks in a dialog ({@link QuestionDialogs}).
 */
public final class MainWindow extends BorderPane {
    private static final String STYLESHEET = "/styles/app.css";

    private final MainViewModel vm;
    private final LessonPane lessonPane;
    private final ProcessTreeView tree;
    private final ConsoleTabs consoles;
    private final TabPane centreTabs = new TabPane();
    private final Map<CentreView, Tab> tabs = new EnumMap<>(CentreView.class);
    private final PoolPane poolPane;
    private final EnumerationView enumeration;
    private final PendingPanel pending;
    private final PythonTwinModel pythonTwin;
    private final DeadlockBanner banner;
    private final WindowKeys keys;
    private final QuestionDialogs questions;
    private final TraceActions traces;
    private final TimelineBar timeline;
    private final OutcomesPane outcomes;
    private final PresentationModel presentation = new PresentationModel();
    private final Shortcuts shortcuts;
    // held here: a binding only listeners refer to is garbage-collected, and its panel would stop following it
    private javafx.beans.binding.BooleanBinding leftColumnShown;
    private final EventLogView eventLog;
    private final PlaygroundPane playground;
    private final org.proclab.ui.source.SourceFileBar files;

    public MainWindow(MainViewModel vm, Runnable quit) {
        this.vm = vm;
        I18n i18n = vm.i18n();
        setId("main-window");
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());

        lessonPane = new LessonPane(vm.lessons(), i18n, vm.narration());
        tree = new ProcessTreeView(vm.runModel().processes());
        tree.setId("process-tree");
        tree.resourcesProperty().bind(i18n.bundleProperty());
        consoles = new ConsoleTabs(vm.runModel(), i18n);
        consoles.setId("consoles");
        tree.selectedPidProperty().bindBidirectional(vm.selectedPidProperty());
        tree.selectedPidProperty().addListener((o, a, pid) -> consoles.select(pid));
        eventLog = new EventLogView(vm.runModel(), i18n);
        eventLog.setId("event-log");

        ScrollPane treeScroll = fitted(tree, "tree-scroll");
        treeScroll.setId("tree-pane");

        poolPane = new PoolPane(new PoolViewModel(vm.runModel().poolsProperty()), i18n);
        poolPane.setId("pool-pane");
        enumeration = new EnumerationView(vm.enumeration().enumerationProperty());
        enumeration.setId("enumeration-view");
        enumeration.localeProperty().bind(i18n.localeProperty());

        centreTabs.setId("centre-tabs");
        centreTabs.getStyleClass().add("centre-tabs");
        centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addTab(CentreView.PROCESSES, treeScroll, i18n);
        addTab(CentreView.PIPES_AND_QUEUES, pipesAndQueues(vm, i18n), i18n);
        addTab(CentreView.LOCKS_AND_VALUES, locksAndValues(vm, i18n), i18n);
        addTab(CentreView.POOL, poolPane, i18n);
        addTab(CentreView.ENUMERATION, fitted(enumeration, "enumeration-scroll"), i18n);
        outcomes = new OutcomesPane(vm.outcomes(), vm.narration().chosenProperty(), i18n);
        outcomes.setId("outcomes-pane");
        addTab(CentreView.OUTCOMES, outcomes, i18n);
        vm.outcomes().runningProperty().addListener((o, was, now) -> {
            if (now) {
                show(CentreView.OUTCOMES);
            }
        });
        // the chosen lesson's view comes to the front; the user may switch away at any time
        vm.lessons().selectedProperty().addListener((o, a, e) -> show(vm.lessonViewProperty().get()));

        SourceView source = new SourceView(vm.lessons().sourceProperty(), i18n);
        source.setId("source-view");
        Label sourceTitle = title(i18n, "source.heading");
        sourceTitle.textProperty().bind(Bindings.createStringBinding(
                () -> vm.lessons().sourceProperty().get().fileName().isEmpty()
                        ? i18n.get("source.heading")
                        : i18n.get("source.headingFile", vm.lessons().sourceProperty().get().fileName()),
                vm.lessons().sourceProperty(), i18n.localeProperty()));
        pending = new PendingPanel(vm.scheduler(), vm.runModel()::colorOf, vm.runModel().processes(), i18n);
        pending.visibleProperty().bind(vm.scheduler().modeProperty().isNotEqualTo(Scheduler.Mode.FREE));
        pending.managedProperty().bind(pending.visibleProperty());
        playground = new PlaygroundPane(vm.playground(), i18n, new PlaygroundPane.Actions() {
            @Override
            public void newProgram() {
                vm.newProgram();
            }

            @Override
            public void whenProgramMayGo(Runnable then) {
                vm.whenProgramMayGo(then);
            }

            @Override
            public void open(java.nio.file.Path file) {
                vm.openProgram(file);
            }

            @Override
            public void backToLesson() {
                vm.showLesson();
            }
        });
        showCodeMarkersAndChosenEvent(vm, source);
        org.proclab.ui.source.SourcePane sourcePane = new org.proclab.ui.source.SourcePane(source, i18n);
        // the Python twin, under the Java program while its toggle is on, with the same markers on the mapped lines
        // (for a program of several files, the shown file's lines mapped, where its lesson maps them)
        pythonTwin = new PythonTwinModel(Bindings.createObjectBinding(() -> {
            LessonEntry e = vm.lessons().getSelected();
            return e == null ? null : e.lesson().pythonTwin(e.variant()).map(t -> t.forJavaFile(
                    vm.lessons().sourceProperty().get().fileName(), vm.lessons().mainSource().fileName())).orElse(null);
        }, vm.lessons().selectedProperty(), vm.lessons().sourceProperty()), source.markersProperty(), source.pendingLinesProperty(),
                source.selectedEventLineProperty(), vm.runModel().markers().focusLineProperty());
        SplitPane sourceAndTwin = PythonTwinPane.beside(sourcePane, new PythonTwinPane(pythonTwin, i18n), pythonTwin);
        Node sourceHeader = sourceHeader(vm, i18n, sourceTitle, PythonTwinPane.toggle(pythonTwin, i18n));
        Label editorTitle = title(i18n, "playground.heading");
        editorTitle.setId("playground-title");
        editorTitle.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                vm.playground().isDirty() ? "playground.headingEdited" : "playground.heading",
                vm.playground().fileNameProperty().get()),
                vm.playground().fileNameProperty(), vm.playground().dirtyProperty(), i18n.localeProperty()));
        // a program of several files (lesson 6): a button per file, with the processes in each
        files = new org.proclab.ui.source.SourceFileBar(vm.lessons().sourcesProperty(),
                vm.lessons().sourceProperty(), vm.runModel().markers().processesByFileProperty(), vm.lessons()::showSource, i18n);
        // another file of the program comes up at the line of its first process, if one is in it
        vm.lessons().sourceProperty().addListener((o, a, now) -> javafx.application.Platform.runLater(
                () -> vm.sourceMarks().getMarkers().stream().mapToInt(org.proclab.ui.source.CodeMarker::line).min()
                        .ifPresent(source::reveal)));
        showOnlyWhen(vm.editingProperty().not(), sourceHeader, sourceAndTwin);
        showOnlyWhen(Bindings.createBooleanBinding(() -> !vm.editingProperty().get() && vm.lessons().sourcesProperty().get().size() > 1,
                vm.editingProperty(), vm.lessons().sourcesProperty()), files);
        showOnlyWhen(vm.editingProperty(), editorTitle, playground);
        VBox sourceBox = new VBox(pending, sourceHeader, files, sourceAndTwin, editorTitle, playground);
        VBox.setVgrow(sourceAndTwin, Priority.ALWAYS);
        VBox.setVgrow(playground, Priority.ALWAYS);
        sourceBox.setId("source-pane");

        // the timeline sits under the centre views: it moves them (and the consoles) through the run's events
        traces = new TraceActions(vm.runModel(), i18n, () -> {
            Tab t = centreTabs.getSelectionModel().getSelectedItem();
            return t == null ? null : t.getContent();
        });
        timeline = new TimelineBar(vm.runModel(), i18n, traces.messageProperty());
        VBox viewsAndTimeline = new VBox(centreTabs, timeline);
        VBox.setVgrow(centreTabs, Priority.ALWAYS);
        SplitPane viewsAndSource = new SplitPane(viewsAndTimeline, sourceBox);
        viewsAndSource.setDividerPositions(0.64);
        org.proclab.ui.eventlog.EventLogPane eventLogBox = new org.proclab.ui.eventlog.EventLogPane(eventLog, i18n);
        SplitPane consolesAndLog = new SplitPane(consoles, eventLogBox);
        consolesAndLog.setDividerPositions(0.55);
        SplitPane centre = new SplitPane(viewsAndSource, consolesAndLog);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72); // the running lesson's view gets most of the height
        // "press Stop" only while there is a run to stop
        banner = new DeadlockBanner(vm.runsDeadlockProperty(), vm.ipc().deadlockStoryProperty(), vm.canStopProperty(), i18n);
        consoles.deadlockStoryProperty().bind(vm.ipc().deadlockStoryProperty());
        VBox centreColumn = new VBox(banner, centre);
        centreColumn.setId("centre");
        VBox.setVgrow(centre, Priority.ALWAYS);
        SplitPane all = new SplitPane(lessonPane, centreColumn);
        all.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(lessonPane, false);

        shortcuts = installPresentation(all, viewsAndSource, centre, sourceBox, consolesAndLog);
        setTop(new VBox(new AppMenu(i18n, () -> vm.whenProgramMayGo(quit), vm.runModel(), traces, presentation, shortcuts), new MainToolbar(vm)));
        setCenter(all);
        setBottom(new StatusBar(vm.runModel(), i18n, presentation, traces));

        keys = new WindowKeys(vm, lessonPane::predictionCard, presentation.shownProperty(Panel.NARRATION), this);
        questions = new QuestionDialogs(vm, this, () -> {
            if (lessonPane.predictionCard() != null) {
                lessonPane.predictionCard().requestFocus();
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> useFontsFor(i18n));
        useFontsFor(i18n);
        // asked after the change that raised it is over (a pick in the lesson list, say)
        vm.questionProperty().addListener((o, a, q) -> {
            if (q != null) {
                javafx.application.Platform.runLater(() -> questions.ask(q));
            } else if (questions.open() != null) {
                questions.open().close(); // withdrawn by the view model (the run it asked about ended by itself)
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                // a keyboard user starts in the lesson list
                javafx.application.Platform.runLater(() -> lessonPane.tree().requestFocus());
            }
        });
    }

    /** Presentation mode (see ui.present): the panels it may hide, and the keyboard's shortcuts. */
    private Shortcuts installPresentation(SplitPane all, SplitPane viewsAndSource, SplitPane centre, Node sourceBox,
                                          Node consolesAndLog) {
        // the list and the narration share the left column; it goes when both are hidden
        PanelHider.follow(presentation.shownProperty(Panel.LESSONS), lessonPane.split(), lessonPane.listPart());
        PanelHider.follow(presentation.shownProperty(Panel.NARRATION), lessonPane.split(), lessonPane.wordsPart());
        leftColumnShown = presentation.shownProperty(Panel.LESSONS).or(presentation.shownProperty(Panel.NARRATION));
        PanelHider.follow(leftColumnShown, all, lessonPane);
        PanelHider.follow(presentation.shownProperty(Panel.SOURCE), viewsAndSource, sourceBox);
        PanelHider.follow(presentation.shownProperty(Panel.CONSOLES), centre, consolesAndLog); // with the event log
        // the repeated runs have no timeline of their own: it would move the views behind the Outcomes tab
        timeline.visibleProperty().bind(presentation.shownProperty(Panel.TIMELINE).and(
                centreTabs.getSelectionModel().selectedItemProperty().isNotEqualTo(tabs.get(CentreView.OUTCOMES))));
        timeline.managedProperty().bind(timeline.visibleProperty());
        return Shortcuts.standard(new RunActions(vm.runModel(), vm.scheduler(), vm.narration(), vm::run, vm::stop), presentation);
    }

    /** Zoom, theme, full screen and hidden panels; {@link org.proclab.ui.present.PresentationShell} shows them. */
    public PresentationModel presentation() {
        return presentation;
    }

    /** Every keyboard shortcut of the window. */
    public Shortcuts shortcuts() {
        return shortcuts;
    }

    /** The dialog asking the open question, or null. */
    public javafx.scene.control.Dialog<ButtonType> questionDialog() {
        return questions.open();
    }

    private void addTab(CentreView view, Node content, I18n i18n) {
        Tab t = new Tab();
        t.setId("tab-" + view.id());
        t.textProperty().bind(i18n.text("centre." + view.id()));
        t.setContent(content);
        tabs.put(view, t);
        centreTabs.getTabs().add(t);
    }

    /**
     * The source marks where each process stands and the line of the event chosen in the log; the chosen
     * event's process is selected in the tree, its object pointed out in the diagrams (see {@link MainViewModel}).
     */
    private void showCodeMarkersAndChosenEvent(MainViewModel vm, SourceView source) {
        SourceMarks marks = vm.sourceMarks();
        source.markersProperty().bind(marks.markersProperty());
        // the student's program: the same markers on its lines, while it is the one shown (a hidden editor
        // redrawing its gutters for every batch of a replayed trace slowed the FX thread down)
        playground.editor().markersProperty().bind(Bindings.createObjectBinding(
                () -> vm.editingProperty().get() ? marks.getMarkers() : java.util.List.<org.proclab.ui.source.CodeMarker>of(),
                marks.markersProperty(), vm.editingProperty()));
        source.pendingLinesProperty().bind(marks.pendingLinesProperty());
        playground.editor().pendingLinesProperty().bind(Bindings.createObjectBinding(
                () -> vm.editingProperty().get() ? marks.getPendingLines() : java.util.Map.<Integer, Integer>of(),
                marks.pendingLinesProperty(), vm.editingProperty()));
        marks.setOnReveal(line -> {
            if (vm.editingProperty().get()) {
                playground.editor().reveal(line);
            } else {
                source.reveal(line);
            }
        });
        source.selectedEventLineProperty().bind(vm.chosenLineProperty());
        vm.chosenEventProperty().bind(eventLog.selectedEventProperty());
        // a highlight nobody sees helps nobody: when the user chooses an event (not when the timeline moves),
        // the view that draws its object comes to the front
        Runnable toFront = () -> {
            CentreView drawing = vm.chosenObjectView();
            if (drawing != null) {
                show(drawing);
            }
        };
        eventLog.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> toFront.run());
        eventLog.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey()) {
                toFront.run();
            }
        });
        poolPane.slots().highlightedObjectProperty().bind(vm.chosenObjectProperty());
    }

    private static Node pipesAndQueues(MainViewModel vm, I18n i18n) {
        PipeDiagram pipes = new PipeDiagram(vm.ipc().pipesProperty());
        pipes.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        pipes.setId("pipe-diagram");
        pipes.localeProperty().bind(i18n.localeProperty());
        QueueView queues = new QueueView(vm.ipc().queuesProperty());
        queues.setId("queue-view");
        queues.localeProperty().bind(i18n.localeProperty());
        queues.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        // an empty view's hint only when the other is empty too: the diagram in use gets the room
        showWhenUsedOrBothEmpty(pipes, Bindings.createBooleanBinding(() -> vm.ipc().pipesProperty().get().pipes().isEmpty(),
                vm.ipc().pipesProperty()), queues, Bindings.createBooleanBinding(
                        () -> vm.ipc().queuesProperty().get().queues().isEmpty(), vm.ipc().queuesProperty()));
        ManagerView managers = new ManagerView(vm.ipc().managersProperty());
        managers.setId("manager-view");
        managers.localeProperty().bind(i18n.localeProperty());
        managers.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        // a manager, its shared objects and the calls to it: drawn only in a run that makes one
        managers.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.ipc().managersProperty().get().managers().isEmpty(), vm.ipc().managersProperty()));
        managers.managedProperty().bind(managers.visibleProperty());
        return fitted(new VBox(managers, pipes, queues), "ipc-scroll");
    }

    private static Node locksAndValues(MainViewModel vm, I18n i18n) {
        LockView locks = new LockView(vm.ipc().locksProperty());
        locks.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        locks.setId("lock-view");
        locks.localeProperty().bind(i18n.localeProperty());
        ValueView values = new ValueView(vm.ipc().valuesProperty());
        values.setId("value-view");
        values.localeProperty().bind(i18n.localeProperty());
        values.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        showWhenUsedOrBothEmpty(values, Bindings.createBooleanBinding(() -> vm.ipc().valuesProperty().get().values().isEmpty(),
                vm.ipc().valuesProperty()), locks, Bindings.createBooleanBinding(
                        () -> vm.ipc().locksProperty().get().locks().isEmpty(), vm.ipc().locksProperty()));
        SyncView sync = new SyncView(vm.ipc().syncProperty());
        sync.setId("sync-view");
        sync.localeProperty().bind(i18n.localeProperty());
        sync.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        // events, semaphores, conditions and barriers: drawn only in a run that makes one
        sync.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.ipc().syncProperty().get().objects().isEmpty(),
                vm.ipc().syncProperty()));
        sync.managedProperty().bind(sync.visibleProperty());
        ArrayView arrays = new ArrayView(vm.ipc().arraysProperty());
        arrays.setId("array-view");
        arrays.localeProperty().bind(i18n.localeProperty());
        arrays.highlightedObjectProperty().bind(vm.chosenObjectProperty());
        // shared arrays too: drawn only in a run that makes one
        arrays.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.ipc().arraysProperty().get().arrays().isEmpty(),
                vm.ipc().arraysProperty()));
        arrays.managedProperty().bind(arrays.visibleProperty());
        return fitted(new VBox(values, arrays, locks, sync), "ipc-scroll");
    }

    /** Each of two views shows while it has something to draw, or while neither has (then both hints show). */
    private static void showWhenUsedOrBothEmpty(Node a, javafx.beans.binding.BooleanBinding aEmpty, Node b,
                                                javafx.beans.binding.BooleanBinding bEmpty) {
        a.visibleProperty().bind(aEmpty.not().or(bEmpty));
        a.managedProperty().bind(a.visibleProperty());
        b.visibleProperty().bind(bEmpty.not().or(aEmpty));
        b.managedProperty().bind(b.visibleProperty());
    }

    /** A diagram drawn whole, scaled down when it is too big for its pane (see {@link FitPane}), scrolled below 60 %. */
    private static ScrollPane fitted(Node content, String styleClass) {
        return FitPane.scrolled(content, styleClass);
    }

    /** Brings a centre view to the front. */
    public void show(CentreView view) {
        centreTabs.getSelectionModel().select(tabs.get(view));
    }

    /** The centre view in front. */
    public CentreView shownView() {
        Tab t = centreTabs.getSelectionModel().getSelectedItem();
        return tabs.entrySet().stream().filter(e -> e.getValue() == t).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Chinese needs a CJK font named outright on Linux (see {@link CjkFonts}). */
    private void useFontsFor(I18n i18n) {
        CjkFonts.stylesheet().ifPresent(css -> {
            getStylesheets().remove(css);
            if (I18n.CHINESE.equals(i18n.getLocale())) {
                getStylesheets().add(css);
            }
        });
    }

    /** The lesson's source heading, with "Edit a copy" of its program and the way back to the student's own. */
    private static Node sourceHeader(MainViewModel vm, I18n i18n, Label sourceTitle, Node twinToggle) {
        javafx.scene.control.Button copy = new javafx.scene.control.Button();
        copy.setId("edit-copy");
        copy.textProperty().bind(i18n.text("playground.editCopy"));
        copy.setTooltip(new javafx.scene.control.Tooltip());
        copy.getTooltip().textProperty().bind(i18n.text("playground.editCopyTip"));
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.lessons().sourceProperty().get().lines().isEmpty(),
                vm.lessons().sourceProperty()));
        copy.setOnAction(e -> vm.editCopy());
        javafx.scene.control.Button mine = new javafx.scene.control.Button();
        mine.setId("my-program");
        mine.textProperty().bind(i18n.text("playground.myProgram"));
        mine.setTooltip(new javafx.scene.control.Tooltip());
        mine.getTooltip().textProperty().bind(i18n.text("playground.myProgramTip"));
        mine.setOnAction(e -> vm.showEditor());
        // the buttons under the title: beside it they shrank to "Edi..." in a narrow column, and a row that
        // wraps would make the column's minimum width the title's whole width (the diagrams lose the room)
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(4, copy, mine, twinToggle);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        buttons.setPadding(new javafx.geometry.Insets(0, 4, 2, 4));
        buttons.setMinWidth(0);
        VBox header = new VBox(sourceTitle, buttons);
        header.getStyleClass().add("source-header");
        header.setMinWidth(0);
        return header;
    }

    private static void showOnlyWhen(javafx.beans.value.ObservableBooleanValue shown, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    /** The buttons of the lesson program's source files, when it has several (lesson 6). */
    public org.proclab.ui.source.SourceFileBar sourceFiles() {
        return files;
    }

    /** The student's own program: the editor, its problems, its file actions. */
    public PlaygroundPane playground() {
        return playground;
    }

    private static Label title(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add("pane-title");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The Python twin beside the program: its toggle, its markers. */
    public PythonTwinModel pythonTwin() {
        return pythonTwin;
    }

    public LessonPane lessonPane() {
        return lessonPane;
    }

    public ProcessTreeView processTree() {
        return tree;
    }

    public ConsoleTabs consoles() {
        return consoles;
    }

    /** The run's events up to the shown one; choosing one points out its line, process and object. */
    public EventLogView eventLog() {
        return eventLog;
    }

    public PoolPane poolPane() {
        return poolPane;
    }

    public EnumerationView enumerationView() {
        return enumeration;
    }

    public PendingPanel pendingPanel() {
        return pending;
    }

    public TabPane centreTabs() {
        return centreTabs;
    }

    /** The "Outcomes" tab: the spread of "Run ×N". */
    public OutcomesPane outcomesPane() {
        return outcomes;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    /** Save, open and export traces, and export the view in front as a picture. */
    public TraceActions traces() {
        return traces;
    }

    /** The deadlock banner's explanation as shown, or "" while there is none. */
    public String deadlockText() {
        return banner.isVisible() ? banner.explanation() : "";
    }
}
