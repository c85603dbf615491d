package org.proclab.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/**
 * Prints every process's output as it arrives, each line prefixed with the process's name and pid.
 * Printing happens on its own thread so a slow terminal never holds up the kernel.
 */
final class OutputEcho implements Consumer<Event> {
    private static final Event END = new Event(-1, 0, 0, EventKind.NOTE, null, null, 0, null, 0);
    private final LinkedBlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final Map<Long, String> names = new HashMap<>();
    private final PrintStream out;
    private final PrintStream err;
    private final Thread printer;

    OutputEcho(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.printer = new Thread(this::printLoop, "proclab-echo");
        printer.setDaemon(true);
        printer.start();
    }

    @Override
    public void accept(Event e) {
        switch (e.kind()) {
            case START, OUTPUT, EXIT, DEADLOCK, REFUSED, NOTE -> queue.add(e);
            default -> { }
        }
    }

    /** Prints a line of the app's own, after everything queued before it. */
    void say(String line) {
        queue.add(new Event(-2, 0, 0, EventKind.NOTE, null, line, Event.NO_NUM, null, 0));
    }

    /** Waits until everything queued so far has been printed. */
    void drain() throws InterruptedException {
        queue.add(END);
        printer.join(5000);
        out.flush();
        err.flush();
    }

    private void printLoop() {
        try {
            Event e;
            while ((e = queue.take()) != END) {
                print(e);
            }
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private void print(Event e) {
        switch (e.kind()) {
            case START -> names.put(e.pid(), e.text());
            case OUTPUT -> {
                String who = names.getOrDefault(e.pid(), "?") + " " + e.pid();
                if ("stdout".equals(e.obj())) {
                    out.println("[" + who + "] " + e.text());
                } else {
                    err.println("[" + who + " " + e.obj() + "] " + e.text());
                }
            }
            case EXIT -> {
                String code = e.hasNum() ? Long.toString(e.num()) : "unknown";
                out.println("(" + names.getOrDefault(e.pid(), "?") + " " + e.pid() + " ended: " + e.text()
                        + ", exit code " + code + ")");
            }
            case DEADLOCK -> err.println("DEADLOCK: " + e.text());
            case REFUSED -> err.println("proclab: refused a connection: " + e.text());
            case NOTE -> err.println(e.seq() == -2 ? e.text() : "proclab: " + e.text());
            default -> { }
        }
    }
}
