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

/**
 * Starts, watches and stops runs, never on the FX thread: a session is opened, launched and waited for
 * on a background thread, its events reach the view model through an {@link EventPump}, and Stop and
 * close go to the session from background threads too.
 */
public final class RunController implements AutoCloseable {
    /** Opens a session; tests may put a fake one in. */
    @FunctionalInterface
    public interface SessionOpener {
        Session open(ProgramSpec spec) throws IOException;
    }

    private static final long POLL_MILLIS = 50;

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
    private EventPump pump;

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
        EventPump p = new EventPump(vm::apply, Platform::runLater);
        pump = p;
        background.execute(() -> runInBackground(spec, p));
    }

    private void runInBackground(ProgramSpec spec, EventPump p) {
        Running run = null;
        Runnable outcome;
        try {
            run = new Running(opener.open(spec), new AtomicBoolean());
            current.set(run);
            run.session().eventLog().addListener(p);
            run.session().eventLog().addListener(e -> {
                if (e.kind() == EventKind.EXIT) {
                    scheduler.refresh(); // an ended process's held operations are dropped without notice
                }
            });
            if (closed) {
                return;
            }
            scheduler.attach(run.session().scheduler()); // before launch: a run may start in step mode
            run.session().launch(spec);
            Platform.runLater(vm::running);
            if (stopRequested) {
                run.session().stop("user"); // Stop was pressed while the session was still opening
            }
            while (!run.session().isFinished() && !closed && !run.closed().get()) {
                Thread.sleep(POLL_MILLIS);
            }
            RunResult result = run.session().result();
            outcome = () -> vm.finished(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = () -> vm.failed(describe(e));
        } catch (Exception | LinkageError e) {
            String why = describe(e);
            outcome = () -> vm.failed(why);
        } finally {
            // closed before the FX thread hears of the end, so a new Run never overlaps this session
            if (run != null) {
                current.compareAndSet(run, null);
                run.close();
            }
        }
        Runnable end = outcome;
        Platform.runLater(() -> {
            p.drainNow();
            scheduler.detach();
            end.run();
        });
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
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
