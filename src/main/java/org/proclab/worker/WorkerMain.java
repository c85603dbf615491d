package org.proclab.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.proclab.wire.FrameIn;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Wire;

/**
 * Entry point of every worker JVM: the lesson's main process ({@code main CLASS ARGS...}) and each
 * child ({@code child}). Keeps its class loading small: no JSON, no UI, no logging framework.
 */
public final class WorkerMain {
    /** Exit status when the kernel goes away: the app ended, so must every process it watched. */
    static final int KERNEL_GONE = 1;

    /** ProcLab's own standard error: where a traceback goes if the program set System.err to null. */
    private static PrintStream ownErr;

    /** The connection to the kernel once this worker has one: a SIGTERM tells it the exit code. */
    private static volatile ControlClient connected;

    private WorkerMain() {}

    /** The program's standard error, or ProcLab's own if the program took it away. */
    private static PrintStream err() {
        PrintStream e = System.err;
        return e != null ? e : ownErr;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("main") || args[0].equals("child") || args[0].equals("spare"))) {
            System.err.println("usage: WorkerMain main CLASS [ARGS...] | child | spare");
            System.exit(2);
        }
        String socket = System.getenv(Wire.ENV_SOCKET);
        String token = System.getenv(Wire.ENV_TOKEN);
        if (socket == null || token == null) {
            System.err.println("This is a ProcLab worker; it is started by the ProcLab app, not by hand.");
            System.exit(2);
        }
        run(args, socket, token);
    }

    /**
     * A worker's life once it knows where the kernel is: connect, say hello, run the program or the task,
     * report the exit and end the JVM. {@link ArchiveTraining} runs it against a stand-in kernel.
     */
    static void run(String[] args, String socket, String token) throws Exception {
        boolean isMain = args[0].equals("main");
        // First, so that a terminate() while this JVM connects still ends it as Python's would (-15): a SIGTERM
        // that reached the JVM's own handler would run our exit hook, which tells the kernel "System.exit(143)".
        Signals.onTerminate(WorkerMain::terminated);
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        long pid = ProcessHandle.current().pid();
        if (args[0].equals("spare")) {
            SpareJvm.awaitTurn(); // a child started ahead: from here on it is the child its parent announced
        }
        channel.connect(UnixDomainSocketAddress.of(Path.of(socket)));
        WorkerSocket kernelSocket = new WorkerSocket(channel);
        FrameOut out = new FrameOut(kernelSocket.out());
        FrameIn in = new FrameIn(kernelSocket.in());
        out.frame(Wire.HELLO, f -> {
            f.writeString(token);
            f.writeLong(pid);
            f.writeString(isMain ? "main" : "child");
        });
        out.flush();

        if (in.nextFrame() != Wire.HELLO_ACK) {
            System.err.println("ProcLab kernel refused this worker");
            System.exit(2);
        }
        String name = in.readString();
        String identity = in.readString();
        String startMethod = in.readString();
        boolean synchronous = in.readBoolean();
        byte[] task = in.readBytes();
        in.endFrame();

        ControlClient client = new ControlClient(out, in, kernelSocket, synchronous);
        connected = client;
        client.setMainThread(Thread.currentThread());
        WorkerRuntime runtime = new WorkerRuntime(client, pid, name, identity, startMethod);
        WorkerRuntime.install(runtime);

        Runnable kernelGone = () -> {
            SpareJvm.discard();
            Runtime.getRuntime().halt(KERNEL_GONE);
        };
        Thread reader = new Thread(ControlClient.INTERNAL, () -> client.readLoop(kernelGone), "proclab-reader");
        reader.setDaemon(true);
        reader.start();

        PrintStream stdout = new PrintStream(new KernelOutputStream(client, Wire.STDOUT), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new KernelOutputStream(client, Wire.STDERR), true, StandardCharsets.UTF_8);
        System.setOut(stdout);
        System.setErr(stderr);
        ownErr = stderr;
        // Runs for System.exit (our own exits halt): Python joins children at exit, so do we. And for a signal the
        // JVM handled itself (Ctrl-C): what was printed still goes out, but the exit code is the signal's, read
        // from the operating system's status, so no SHUTDOWN (which says System.exit) and no waiting for children.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean signal = Signals.shutdownBySignal();
            SpareJvm.discard();
            if (!signal) {
                joinChildren(runtime);
            }
            flushStreams();
            if (signal) {
                client.closeForExit();
            } else {
                client.shutdown();
            }
        }, "proclab-exit"));

        if (isMain) {
            startSpareSoon(args[1]); // a main program that names Process, Pool or Manager nearly always starts a child
        }
        int code = isMain ? runMain(args[1], Arrays.copyOfRange(args, 2, args.length)) : runTask(name, task);
        SpareJvm.discard();
        joinChildren(runtime);
        flushStreams();
        client.exit(code);
        Runtime.getRuntime().halt(code);
    }

    /**
     * The main process's first spare, started beside the program so that its first start() need not wait; only
     * if the main class may start processes ({@link MainClassScan}), checked on that thread too.
     */
    private static void startSpareSoon(String mainClass) {
        Thread t = new Thread(ControlClient.INTERNAL, () -> {
            if (MainClassScan.mayStartProcesses(mainClass, ClassLoader.getSystemClassLoader())) {
                SpareJvm.prepare();
            }
        }, "proclab-spare");
        t.setDaemon(true);
        t.start();
    }

    private static int runMain(String className, String[] args) {
        Method main;
        try {
            Class<?> cls = Class.forName(className, true, ClassLoader.getSystemClassLoader());
            main = cls.getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                err().println("ProcLab: " + className + ".main(String[]) must be static");
                return 1;
            }
        } catch (ClassNotFoundException e) {
            err().println("ProcLab: class " + className + " was not found on the class path");
            return 1;
        } catch (NoSuchMethodException e) {
            err().println("ProcLab: class " + className + " has no public static void main(String[] args)");
            return 1;
        } catch (LinkageError e) {
            err().println("ProcLab: class " + className + " could not be loaded: " + e);
            return 1;
        }
        try {
            main.invoke(null, (Object) args);
            return 0;
        } catch (InvocationTargetException e) {
            CallSites.off(); // a call that threw leaves no note for the operations at exit
            err().print("Exception in the main process: ");
            e.getCause().printStackTrace(err());
            return 1;
        } catch (IllegalAccessException e) {
            err().println("ProcLab: cannot call " + className + ".main: " + e.getMessage());
            return 1;
        }
    }

    /** Runs a child's task; as in Python, 0 when it returns and 1 when it raises, traceback on stderr. */
    private static int runTask(String name, byte[] taskBytes) {
        ChildTask task;
        try {
            task = (ChildTask) Payloads.deserialize(taskBytes);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            err().println("Process " + name + ": could not load its task: " + e);
            return 1;
        }
        try {
            task.run();
            return 0;
        } catch (Throwable t) {
            CallSites.off(); // a call that threw leaves no note for the operations at exit
            err().println("Process " + name + ":");
            t.printStackTrace(err());
            return 1;
        }
    }

    /** Python's exit: daemonic children are terminated, the others joined. */
    private static void joinChildren(WorkerRuntime runtime) {
        for (Runnable action : runtime.atExitActions()) {
            try {
                action.run();
            } catch (RuntimeException e) {
                err().println("at exit: " + e.getMessage()); // the kernel may be gone already; the others still run
            }
        }
        for (WorkerRuntime.ChildHandle child : runtime.children()) {
            if (child.daemon()) {
                child.terminateQuietly();
            }
        }
        for (WorkerRuntime.ChildHandle child : runtime.children()) {
            child.joinQuietly();
        }
    }

    /** On SIGTERM: tell the kernel -15 if connected (its status would say so too) and stop at once, as Python. */
    private static void terminated() {
        SpareJvm.discard();
        flushStreams();
        ControlClient client = connected;
        if (client != null) {
            client.exit(Wire.EXIT_SIGTERM);
        }
        Runtime.getRuntime().halt(128 + 15);
    }

    /** The program may have replaced System.out or set it to null: flush its streams if any, then ours. */
    private static void flushStreams() {
        for (PrintStream s : new PrintStream[] {System.out, System.err}) {
            if (s != null) {
                try {
                    s.flush();
                } catch (RuntimeException e) {
                    // the program's own stream failed; ours below still carry what it printed before
                }
            }
        }
        KernelOutputStream.flushAll();
    }
}
