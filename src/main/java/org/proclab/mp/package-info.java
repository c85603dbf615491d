/**
 * ProcLab's multiprocessing API: the names of Python's {@code multiprocessing}, in Java. Every process is
 * a real JVM, a real operating-system child of the process that started it; the pipes, queues, locks,
 * shared values and pools live in the ProcLab app, which sees every operation and draws it.
 *
 * <h2>From Python to ProcLab</h2>
 * <table>
 * <caption>Python's names and their ProcLab counterparts</caption>
 * <tr><th>Python</th><th>ProcLab</th></tr>
 * <tr><td>{@code Process(target=f, args=(x,))}</td><td>{@code new Process(() -> f(x))}, {@code new Process("name", task)}</td></tr>
 * <tr><td>{@code p.start() p.join() p.join(t) p.terminate() p.kill()}</td><td>{@code start() join() join(t) terminate() kill()}</td></tr>
 * <tr><td>{@code p.is_alive() p.exitcode p.pid p.name p.daemon}</td><td>{@code isAlive() exitCode() pid() name() setDaemon(true)}</td></tr>
 * <tr><td>{@code os.getpid() os.getppid() time.sleep(s) current_process()}</td><td>{@link MP#getpid()} {@link MP#getppid()} {@link MP#sleep(double)} {@link MP#currentProcess()}</td></tr>
 * <tr><td>(none: how your program talks to the app)</td><td>{@link MP#report(String, Object)}: a named value for ProcLab's views, apart from what you print</td></tr>
 * <tr><td>{@code a, b = Pipe()}; {@code r, w = Pipe(duplex=False)}</td><td>{@code Pipe p = Pipe.open();} {@code p.first()}, {@code p.second()}; {@code Pipe.open(false)}</td></tr>
 * <tr><td>{@code conn.send(x) recv() poll(t) close() send_bytes(b) recv_bytes()}</td><td>{@code send(x) recv() poll(t) close() sendBytes(b) recvBytes()}; {@code recv} throws {@code EOFException} at end-of-file</td></tr>
 * <tr><td>{@code Queue() Queue(maxsize)}, {@code put get get(timeout=t) empty qsize}</td><td>{@code new Queue<>()}, {@code new Queue<>(maxsize)}, {@code put get get(t) empty qsize}; a timeout throws {@link Empty}</td></tr>
 * <tr><td>{@code Lock()}, {@code acquire() acquire(timeout=t) release()}</td><td>{@code new Lock()}, {@code acquire() acquire(t) release()}</td></tr>
 * <tr><td>{@code Value('i', 0)}, {@code v.value}, {@code v.get_lock()}</td><td>{@code Value.ofInt(0)} ({@code ofLong}, {@code ofDouble}), {@code get() set(x)}, {@code getLock()}</td></tr>
 * <tr><td>{@code Pool(n)}, {@code apply apply_async map map_async imap imap_unordered}</td><td>{@code new Pool(n)}, {@code apply applyAsync map mapAsync imap imapUnordered}</td></tr>
 * <tr><td>{@code apply_async(f, (x,), callback=c, error_callback=e)}</td><td>{@code applyAsync(f, x, c, e)}; {@link AsyncResult}: {@code get() get(t) ready() successful()}</td></tr>
 * <tr><td>{@code pool.close() pool.terminate() pool.join()}</td><td>{@code close() terminate() join()}</td></tr>
 * <tr><td>{@code None}</td><td>{@code null}: {@code send(null)} delivers {@code null}</td></tr>
 * </table>
 *
 * <h2>What travels between processes</h2>
 * A task ({@link Task}, {@link Fn}) is written as a lambda; it is serialized, with everything it
 * captures, and run in the new JVM. Values you send, put or return from a pool task must be
 * {@link java.io.Serializable}: numbers, strings, the JDK's collections and your own classes. The process
 * that receives a value rebuilds only those kinds; anything else is refused with a clear message. One
 * message may be at most 64 MiB.
 *
 * <h2>Handles</h2>
 * A {@link Connection}, {@link Queue}, {@link Lock} or {@link Value} is a handle: a process may use an
 * object only through a handle it holds. It holds those it created; a child started with the {@code fork}
 * start method (the default, as in the course) gets a copy of every handle its parent holds, one started
 * with {@code spawn} only those its task captured; and a process that receives a handle inside a message
 * holds it from then on.
 *
 * <h2>When calls wait</h2>
 * {@code recv()}, {@code get()}, {@code acquire()}, {@code join()} and a pool's {@code get()},
 * {@code apply()} and {@code map()} wait, and ProcLab draws the process blocked. {@code send()} returns once
 * the message is in the pipe; a pipe holds 64 KiB, so a writer that gets far ahead of its reader waits for
 * room, as with an operating system's pipe. ProcLab notices when no process can ever go on (a deadlock)
 * and says which process waits for what, and why it never comes.
 */
package org.proclab.mp;
