package org.proclab.programs.liveness;

import java.nio.file.Files;
import java.nio.file.Path;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.mp.Value;

/**
 * A reader that stops reading: "frozen" waits in recv(), then stops itself (SIGSTOP). Only once it is
 * stopped does the main process send it 50 MB, whose answer can then never be read. The main process goes
 * on using the kernel (100 locked increments of a shared value), then joins the frozen one.
 */
public class FrozenReader {
    public static void main(String[] args) throws Exception {
        Pipe pipe = Pipe.open();
        Process frozen = new Process("frozen", () -> {
            Thread main = Thread.currentThread();
            Thread stopper = new Thread(() -> {
                try {
                    while (!waitsForAnswer(main)) {
                        Thread.onSpinWait(); // main is in recv() once it waits for the kernel's answer
                    }
                    long me = ProcessHandle.current().pid();
                    new ProcessBuilder("kill", "-STOP", Long.toString(me)).start().waitFor();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            stopper.setDaemon(true);
            stopper.start();
            pipe.first().recv();
        });
        frozen.start();
        Path stat = Path.of("/proc/" + frozen.pid() + "/stat");
        while (!stoppedIn(stat)) {
            Thread.onSpinWait();
        }
        System.out.println("frozen is stopped");
        pipe.second().sendBytes(new byte[50 << 20]);
        System.out.println("sent 50 MB");
        Value<Integer> ticks = Value.ofInt(0);
        for (int i = 0; i < 100; i++) {
            ticks.getLock().acquire();
            ticks.set(ticks.get() + 1);
            ticks.getLock().release();
        }
        System.out.println("ticks " + ticks.get());
        frozen.join();
        System.out.println("frozen exit code " + frozen.exitCode());
    }

    /**
     * The thread has sent its request and waits for the answer: parked, or reading the socket itself (then it
     * is RUNNABLE in a selector, so its state alone does not tell).
     */
    static boolean waitsForAnswer(Thread t) {
        for (StackTraceElement f : t.getStackTrace()) {
            if (f.getClassName().equals("org.proclab.worker.AnswerReading") && f.getMethodName().equals("await")) {
                return true;
            }
        }
        return false;
    }

    /** The process's state in /proc is T (stopped). */
    static boolean stoppedIn(Path stat) throws Exception {
        String s = Files.readString(stat);
        return s.substring(s.lastIndexOf(')') + 2).startsWith("T");
    }
}
