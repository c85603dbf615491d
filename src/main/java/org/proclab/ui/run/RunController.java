package org.proclab.ui.run;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.proclab.kernel.ProgramSpec;
import org.proclab.kernel.RunResult;
import org.proclab.kernel.Session;
import org.proclab.trace.EventKind;
import org.proclab.trace.EventLog;
import org.proclab.trace.RunTraces;

/**
 * Starts, watches and stops runs, never on the FX thread: a session is opened, launched and waited for
 * on a background thread, the view model follows the session's own log (an {@link EventPump} tells it how
 * far the log has grown), and Stop and close go to the session from background threads too. Each run's log
 * is kept as a file among the last runs ({@link RunTraces}), which the views read once the session is closed.
 */
public final class RunController implements AutoCloseable {
    /** Opens a session; tests may put a fake one in. */
    @FunctionalInterface
    public interface SessionOpener {
        Session open(ProgramSpec spec) throws IOException;
    }

    /** How often the waiting thread looks up from the session's end to see whether the window closed. */
    private static final long WAKE_MILLIS = 500;
    private static final System.Logger LOG = System.getLogger(RunController.class.getName());

    private final RunViewModel vm;
    private final SchedulerViewModel scheduler;
    private final SessionOpener opener;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "proclab-ui-run");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Running> current = new AtomicReference<>();
    private volatile boolean closed;
    private volatile boolean stopRequested;
    private volatile boolean discarded; // the current run was dropped for another lesson: it ends unseen
    private EventPump pump;
    private boolean finishing; // the session has ended; the views are still taking its last events in (FX thread)
    private java.util.function.Supplier<String> failureText = () -> org.proclab.ui.i18n.I18n.text(
            org.proclab.ui.i18n.I18n.bundle(java.util.Locale.ENGLISH), "error.runFailed");

    /** A session and the guard that closes it once, whoever gets there first. */
    private record Running(Session session, AtomicBoolean closed) {
        void close() {
            if (closed.compareAndSet(false, true)) {
                session.close();
            }
        }
    }

    public RunController(RunViewModel vm) {
        this(vm, new SchedulerViewModel(Platform::runLater));
    }

    public RunController(RunViewModel vm, SessionOpener opener) {
        this(vm, new SchedulerViewModel(Platform::runLater), opener);
    }

    /** Runs in the mode {@code scheduler} says, and lets it step the run's operations. */
    public RunController(RunViewModel vm, SchedulerViewModel scheduler) {
        this(vm, scheduler, spec -> Session.open(spec.startMethod()));
    }

    public RunController(RunViewModel vm, SchedulerViewModel scheduler, SessionOpener opener) {
        this.vm = vm;
        this.scheduler = scheduler;
        this.opener = opener;
    }

    /** The sentence the status bar shows when a run cannot start or go on (the details go to the log). */
    public void setFailureText(java.util.function.Supplier<String> text) {
        failureText = text;
    }

    /** Free, slow-motion or step mode, and the operations waiting for their turn. */
    public SchedulerViewModel scheduler() {
        return scheduler;
    }

    /** Starts a run of {@code spec}; ignored while another run is busy. Call on the FX thread. */
    public void run(ProgramSpec spec) {
        if (closed || vm.getState().busy()) {
            return;
        }
        if (pump != null) {
            pump.close();
        }
        vm.reset();
        vm.starting();
        stopRequested = false;
        discarded = false;
        AtomicReference<EventLog> followed = new AtomicReference<>();
        EventPump.Sink views = new EventPump.Sink() {
            @Override
            public long foldTowards(long size, long deadline, boolean publish) {
                return vm.grewToInParts(followed.get(), size, deadline, publish);
            }

            @Override
            public boolean publishNextPart() {
                return vm.publishNextPart(followed.get());
            }

            @Override
            public boolean partsLeft() {
                return vm.partsLeft(followed.get());
            }
        };
        EventPump p = new EventPump(views, Platform::runLater, EventPump.Pulses.fx());
        pump = p;
        background.execute(() -> runInBackground(spec, p, followed));
    }

    private void runInBackground(ProgramSpec spec, EventPump p, AtomicReference<EventLog> followed) {
        Running run = null;
        Runnable outcome;
        try {
            run = new Running(opener.open(spec), new AtomicBoolean());
            current.set(run);
            EventLog log = run.session().eventLog();
            keep(run.session());
            followed.set(log);
            // posted before the pump can post: the view model follows this log before it hears it grow, unless
            // the views were given to something else meanwhile (another lesson, a trace)
            Platform.runLater(() -> {
                if (p == pump && !discarded && vm.getState() == RunState.STARTING) {
                    vm.follow(log);
                }
            });
            log.addListener(p);
            p.grewTo(log.size());
            run.session().eventLog().addListener(e -> {
                if (e.kind() == EventKind.EXIT) {
                    scheduler.refresh(); // an ended process's held operations are dropped without notice
                }
            });
            if (closed || discarded) {
                return;
            }
            scheduler.attach(run.session().scheduler()); // before launch: a run may start in step mode
            if (discarded) {
                scheduler.detachFrom(run.session().scheduler()); // dropped while attaching: its operations are not ours
                return;
            }
            run.session().launch(spec);
            Platform.runLater(vm::running);
            if (stopRequested) {
                run.session().stop("user"); // Stop was pressed while the session was still opening
            }
            while (!closed && !run.closed().get() && !run.session().awaitFinished(WAKE_MILLIS)) {
                // woken by the end of the run, or every WAKE_MILLIS to see whether the window closed
            }
            RunResult result = run.session().result();
            outcome = () -> vm.finished(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = failure(e);
        } catch (Exception | LinkageError e) {
            outcome = failure(e);
        } finally {
            // closed before the FX thread hears of the end, so a new Run never overlaps this session
            if (run != null) {
                current.compareAndSet(run, null);
                run.close();
            }
        }
        Runnable end = outcome;
        Platform.runLater(() -> {
            if (p != pump || discarded) {
                vm.discarded(); // its events were dropped; now its processes are gone too
                return;
            }
            // the run is over once the views show its last events, taken in a slice per pulse as before
            finishing = true;
            p.finish(() -> {
                finishing = false;
                scheduler.detach();
                end.run();
            });
        });
    }

    /**
     * The run's log goes on as a file among the last runs, so it outlives the session and the views can read
     * it after the end. If that cannot be, the session leaves its log open for the views to read.
     */
    private static void keep(Session session) {
        try {
            session.eventLog().keepAs(RunTraces.forUser().newRunFile());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "this run's trace is not kept among the last runs", e);
            session.leaveLogOpen();
        }
    }

    /** The user reads a sentence; the log keeps what failed, for whoever looks into it. */
    private Runnable failure(Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "a run could not start or go on", e);
        String sentence = failureText.get();
        return () -> vm.failed(sentence);
    }

    /** Asks every process of the current run to stop (SIGTERM, then SIGKILL), recording "user". */
    public void stop() {
        if (!vm.getState().busy()) {
            return;
        }
        vm.stopping();
        stopRequested = true;
        Running run = current.get();
        if (run != null) {
            background.execute(() -> run.session().stop("user"));
        }
    }

    /**
     * Drops the current run for another lesson (call on the FX thread): its events stop at once, every view
     * shows the empty state, and its processes are stopped in the background; the state stays "stopping"
     * until they are gone, so no new run overlaps it. Without a busy run it only resets the views.
     */
    public void discard() {
        if (pump != null) {
            pump.close();
        }
        if (!vm.getState().busy()) {
            vm.reset();
            return;
        }
        discarded = true;
        stopRequested = true;
        scheduler.detach();
        vm.discarding();
        if (finishing) { // its processes are gone already: nothing more will say so
            finishing = false;
            vm.discarded();
        }
        Running run = current.get();
        if (run != null) {
            background.execute(() -> run.session().stop("user"));
        }
    }

    /** Ends the current run and every process it started; waits a little for them to go. */
    @Override
    public void close() {
        closed = true;
        Running run = current.get();
        if (run != null) {
            run.close();
        }
        scheduler.close();
        background.shutdown();
        try {
            background.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
