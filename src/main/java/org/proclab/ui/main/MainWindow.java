package org.proclab.ui.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.proclab.kernel.Scheduler;
import org.proclab.ui.console.ConsoleTabs;
import org.proclab.ui.control.LockView;
import org.proclab.ui.control.PipeDiagram;
import org.proclab.ui.control.ProcessTreeView;
import org.proclab.ui.control.QueueView;
import org.proclab.ui.control.ValueView;
import org.proclab.ui.enumerate.EnumerationView;
import org.proclab.ui.eventlog.EventLogView;
import org.proclab.ui.i18n.CjkFonts;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.lessons.LessonEntry;
import org.proclab.ui.lessons.LessonPane;
import org.proclab.ui.narration.NarrationModel;
import org.proclab.ui.narration.PredictionCard;
import org.proclab.ui.pool.PoolPane;
import org.proclab.ui.pool.PoolViewModel;
import org.proclab.ui.present.FitPane;
import org.proclab.ui.present.Panel;
import org.proclab.ui.present.PanelHider;
import org.proclab.ui.present.PresentationModel;
import org.proclab.ui.source.PythonTwinModel;
import org.proclab.ui.source.PythonTwinPane;
import org.proclab.ui.present.RunActions;
import org.proclab.ui.present.ShortcutKeys;
import org.proclab.ui.run.RunState;
import org.proclab.ui.present.Shortcuts;
import org.proclab.ui.source.CodeMarkersModel;
import org.proclab.ui.source.SourceView;
import org.proclab.ui.spread.OutcomesPane;
import org.proclab.ui.step.PendingPanel;
import org.proclab.ui.timeline.TimelineBar;
import org.proclab.ui.timeline.TraceActions;

/**
 * The main window's content: on the left the lessons above, the lesson's narration and prediction card
 * below; in the middle a deadlock banner when there is one, then the centre views as tabs (the process
 * tree, pipes and queues, locks and values, the pool, lesson 6's enumeration, the outcomes of repeated
 * runs) over the timeline, beside the operations waiting for their turn and the program's source with its
 * code markers; the consoles below, beside the event log; a status bar at the bottom. It only binds to
 * {@link MainViewModel}; {@link #presentation()} says what is zoomed, themed or hidden. Space lets the
 * oldest waiting operation run; while the prediction card asks, 1–4 and Enter are its keys wherever the
 * focus is; what the view model must ask first (stop the running lesson? run without predicting?) it asks
 * in a dialog.
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
    private final EventHandler<KeyEvent> spaceSteps = this::spaceSteps;
    private final EventHandler<KeyEvent> predictionKeys = this::predictionKeys;
    // held here: the banner only listens to it, and a binding nobody holds is collected
    private final javafx.beans.binding.ObjectBinding<org.proclab.ui.model.DeadlockReport> runsDeadlock;
    private javafx.scene.control.Dialog<ButtonType> questionDialog;
    private final TraceActions traces;
    private final TimelineBar timeline;
    private final OutcomesPane outcomes;
    private final PresentationModel presentation = new PresentationModel();
    private final Shortcuts shortcuts;
    // held here: a binding only listeners refer to is garbage-collected, and its panel would stop following it
    private javafx.beans.binding.BooleanBinding leftColumnShown;
    private final EventLogView eventLog;

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
        addTab(CentreView.PIPES_AND_QUEUES, pipesAndQueues(vm, i18n, eventLog), i18n);
        addTab(CentreView.LOCKS_AND_VALUES, locksAndValues(vm, i18n, eventLog), i18n);
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
        // the source shows where each waiting process stands
        javafx.beans.InvalidationListener markLines = o -> {
            Map<Integer, Integer> lines = PendingLines.of(vm.scheduler().pending(),
                    vm.lessons().sourceProperty().get().fileName(), vm.runModel()::colorOf);
            source.setPendingLines(lines);
            lines.keySet().stream().findFirst().ifPresent(source::reveal); // the oldest one
        };
        vm.scheduler().pending().addListener(markLines);
        vm.lessons().sourceProperty().addListener(markLines);
        pending.visibleProperty().bind(vm.scheduler().modeProperty().isNotEqualTo(Scheduler.Mode.FREE));
        pending.managedProperty().bind(pending.visibleProperty());
        showCodeMarkersAndChosenEvent(vm, source);
        org.proclab.ui.source.SourcePane sourcePane = new org.proclab.ui.source.SourcePane(source, i18n);
        // the Python twin, under the Java program while its toggle is on, with the same markers on the mapped lines
        pythonTwin = new PythonTwinModel(Bindings.createObjectBinding(() -> {
            LessonEntry e = vm.lessons().getSelected();
            return e == null ? null : e.lesson().pythonTwin(e.variant()).orElse(null);
        }, vm.lessons().selectedProperty()), source.markersProperty(), source.pendingLinesProperty(),
                source.selectedEventLineProperty(), vm.runModel().markers().focusLineProperty());
        HBox sourceHeading = new HBox(8, sourceTitle, PythonTwinPane.toggle(pythonTwin, i18n));
        sourceHeading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        sourceHeading.getStyleClass().addAll("pane-title", "source-heading"); // the row is the title bar, as the event log's
        sourceTitle.getStyleClass().remove("pane-title");
        HBox.setHgrow(sourceTitle, Priority.ALWAYS);
        sourceTitle.setMinWidth(0); // a long file name is cut short, not the toggle
        SplitPane sourceAndTwin = PythonTwinPane.beside(sourcePane, new PythonTwinPane(pythonTwin, i18n), pythonTwin);
        VBox sourceBox = new VBox(pending, sourceHeading, sourceAndTwin);
        VBox.setVgrow(sourceAndTwin, Priority.ALWAYS);
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
        // a banner belongs to its run: it goes when the run ends (Stop too) or another lesson is chosen; a
        // replayed trace shows it as the run did, without "press Stop"
        runsDeadlock = Bindings.createObjectBinding(
                () -> vm.runModel().getState().busy() || vm.runModel().getState() == RunState.REPLAY
                        ? vm.runModel().deadlockProperty().get() : null,
                vm.runModel().deadlockProperty(), vm.runModel().stateProperty());
        banner = new DeadlockBanner(runsDeadlock, vm.ipc().deadlockStoryProperty(), Bindings.createBooleanBinding(
                () -> vm.runModel().getState().busy(), vm.runModel().stateProperty()), i18n);
        consoles.deadlockStoryProperty().bind(vm.ipc().deadlockStoryProperty());
        VBox centreColumn = new VBox(banner, centre);
        centreColumn.setId("centre");
        VBox.setVgrow(centre, Priority.ALWAYS);
        SplitPane all = new SplitPane(lessonPane, centreColumn);
        all.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(lessonPane, false);

        shortcuts = installPresentation(all, viewsAndSource, centre, sourceBox, consolesAndLog);
        setTop(new VBox(new AppMenu(i18n, quit, vm.runModel(), traces, presentation, shortcuts), new MainToolbar(vm)));
        setCenter(all);
        setBottom(new StatusBar(vm.runModel(), i18n, presentation, traces));

        i18n.localeProperty().addListener((o, a, b) -> useFontsFor(i18n));
        useFontsFor(i18n);
        // asked after the change that raised it is over (a pick in the lesson list, say)
        vm.questionProperty().addListener((o, a, q) -> {
            if (q != null) {
                javafx.application.Platform.runLater(() -> ask(q));
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, spaceSteps);
                was.removeEventFilter(KeyEvent.KEY_PRESSED, predictionKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, spaceSteps);
                now.addEventFilter(KeyEvent.KEY_PRESSED, predictionKeys);
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

    /** Space lets the oldest waiting operation run, while a run is stepped or in slow motion (not while typing). */
    private void spaceSteps(KeyEvent e) {
        boolean typing = getScene() != null && ShortcutKeys.typesText(getScene().getFocusOwner());
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown() && !typing
                && vm.scheduler().getMode() != Scheduler.Mode.FREE && vm.canStopProperty().get()) {
            vm.scheduler().step();
            e.consume(); // not also a click on whatever has the focus
        }
    }

    /**
     * While the card asks its question, 1–4 and Enter are its keys wherever the focus is (the lesson list,
     * the timeline...), and Enter never presses a button behind the student's back. Before a choice is made,
     * Enter stays with the control that has the focus (the event list moves the timeline with it), unless
     * that is a button. A text field keeps its keys.
     */
    private void predictionKeys(KeyEvent e) {
        NarrationModel m = vm.narration();
        PredictionCard card = lessonPane.predictionCard();
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (!m.isAsking() || card == null || !presentation.shownProperty(Panel.NARRATION).get()
                || ShortcutKeys.typesText(focus) || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            if (m.chosenProperty().get() >= 0) {
                m.confirm();
                e.consume();
            } else if (focus instanceof javafx.scene.control.ButtonBase) {
                e.consume(); // nothing to confirm yet, and not a click either
            }
            return;
        }
        int d = PredictionCard.choiceKey(e);
        if (d >= 0) {
            m.choose(d);
            e.consume();
        }
    }

    /** Asks what the view model needs to know, in the window's language; the answer goes back to it. */
    private void ask(Question q) {
        if (vm.questionProperty().get() != q || questionDialog != null) {
            return;
        }
        I18n i18n = vm.i18n();
        String key = "question." + q.kind().id();
        ButtonType yes = new ButtonType(i18n.get(key + ".yes"), ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(i18n.get(key + ".no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle(i18n.get(key + ".title"));
        d.setHeaderText(i18n.get(key + ".title"));
        d.setContentText(i18n.get(key + ".text"));
        d.getDialogPane().getButtonTypes().setAll(yes, no);
        d.getDialogPane().setId("question-dialog");
        d.getDialogPane().getStyleClass().add("question-" + q.kind().id());
        CjkFonts.stylesheet().filter(css -> I18n.CHINESE.equals(i18n.getLocale()))
                .ifPresent(d.getDialogPane().getStylesheets()::add);
        Button yesButton = (Button) d.getDialogPane().lookupButton(yes);
        Button noButton = (Button) d.getDialogPane().lookupButton(no);
        yesButton.setId("question-yes");
        noButton.setId("question-no");
        yesButton.setDefaultButton(false);
        noButton.setDefaultButton(true); // Enter keeps things as they are; only a deliberate choice drops them
        if (getScene() != null && getScene().getWindow() != null) {
            d.initOwner(getScene().getWindow());
        }
        questionDialog = d;
        d.setOnHidden(ev -> {
            questionDialog = null;
            boolean chosen = d.getResult() == yes;
            vm.answer(chosen);
            if (!chosen && q.kind() == Question.Kind.RUN_WITHOUT_PREDICTING && lessonPane.predictionCard() != null) {
                lessonPane.predictionCard().requestFocus(); // the student answers now
            }
        });
        d.show();
    }

    /** The dialog asking the open question, or null. */
    public javafx.scene.control.Dialog<ButtonType> questionDialog() {
        return questionDialog;
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
     * The source marks where each process stands (a fold, so it follows the timeline) and the line of the
     * event chosen in the log; the chosen event's process is selected in the tree, its object in the diagrams.
     */
    private void showCodeMarkersAndChosenEvent(MainViewModel vm, SourceView source) {
        CodeMarkersModel markers = vm.runModel().markers(); // a fold of the run; the view model sets its file
        StringBinding fileName = Bindings.createStringBinding(
                () -> vm.lessons().sourceProperty().get().fileName(), vm.lessons().sourceProperty());
        // live, a process held before its next operation stands on that line; scrubbed back, the events say where
        source.markersProperty().bind(Bindings.createObjectBinding(
                () -> vm.runModel().followingProperty().get()
                        ? PendingLines.withPending(markers.getMarkers(), vm.scheduler().pending(), fileName.get())
                        : markers.getMarkers(),
                markers.markersProperty(), vm.scheduler().pending(), vm.runModel().followingProperty(), fileName));
        markers.focusLineProperty().addListener((o, a, line) -> {
            if (source.getPendingLines().isEmpty()) { // a line where a process waits for its turn matters more
                source.reveal(line.intValue());
            }
        });
        source.selectedEventLineProperty().bind(eventLog.lineIn(fileName));
        source.selectedEventLineProperty().addListener((o, a, line) -> source.reveal(line.intValue()));
        eventLog.selectedEventProperty().addListener((o, a, e) -> {
            if (e != null && vm.runModel().colorOf(e.pid()) >= 0) {
                tree.setSelectedPid(e.pid());
            }
        });
        // a highlight nobody sees helps nobody: when the user chooses an event (not when the timeline moves),
        // the view that draws its object comes to the front
        Runnable toFront = () -> {
            CentreView drawing = CentreView.drawing(eventLog.highlightedObjectProperty().get());
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
        poolPane.slots().highlightedObjectProperty().bind(eventLog.highlightedObjectProperty());
    }

    private static Node pipesAndQueues(MainViewModel vm, I18n i18n, EventLogView log) {
        PipeDiagram pipes = new PipeDiagram(vm.ipc().pipesProperty());
        pipes.highlightedObjectProperty().bind(log.highlightedObjectProperty());
        pipes.setId("pipe-diagram");
        pipes.localeProperty().bind(i18n.localeProperty());
        QueueView queues = new QueueView(vm.ipc().queuesProperty());
        queues.setId("queue-view");
        queues.localeProperty().bind(i18n.localeProperty());
        queues.highlightedObjectProperty().bind(log.highlightedObjectProperty());
        // an empty view's hint only when the other is empty too: the diagram in use gets the room
        showWhenUsedOrBothEmpty(pipes, Bindings.createBooleanBinding(() -> vm.ipc().pipesProperty().get().pipes().isEmpty(),
                vm.ipc().pipesProperty()), queues, Bindings.createBooleanBinding(
                        () -> vm.ipc().queuesProperty().get().queues().isEmpty(), vm.ipc().queuesProperty()));
        return fitted(new VBox(pipes, queues), "ipc-scroll");
    }

    private static Node locksAndValues(MainViewModel vm, I18n i18n, EventLogView log) {
        LockView locks = new LockView(vm.ipc().locksProperty());
        locks.highlightedObjectProperty().bind(log.highlightedObjectProperty());
        locks.setId("lock-view");
        locks.localeProperty().bind(i18n.localeProperty());
        ValueView values = new ValueView(vm.ipc().valuesProperty());
        values.setId("value-view");
        values.localeProperty().bind(i18n.localeProperty());
        values.highlightedObjectProperty().bind(log.highlightedObjectProperty());
        showWhenUsedOrBothEmpty(values, Bindings.createBooleanBinding(() -> vm.ipc().valuesProperty().get().values().isEmpty(),
                vm.ipc().valuesProperty()), locks, Bindings.createBooleanBinding(
                        () -> vm.ipc().locksProperty().get().locks().isEmpty(), vm.ipc().locksProperty()));
        return fitted(new VBox(values, locks), "ipc-scroll");
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
