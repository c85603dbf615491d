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
 * <tr><td>{@code active_children() cpu_count()}</td><td>{@link MP#activeChildren()} {@link MP#cpuCount()}</td></tr>
 * <tr><td>{@code parent_process()}, its {@code name pid is_alive() join(t) exitcode}</td><td>{@link MP#parentProcess()} ({@code null} in the main program), a {@link ParentProcess}: {@code name() pid() isAlive() join() join(t) exitCode()}</td></tr>
 * <tr><td>(none: how your program talks to the app)</td><td>{@link MP#report(String, Object)}: a named value for ProcLab's views, apart from what you print</td></tr>
 * <tr><td>{@code a, b = Pipe()}; {@code r, w = Pipe(duplex=False)}</td><td>{@code Pipe p = Pipe.open();} {@code p.first()}, {@code p.second()}; {@code Pipe.open(false)}</td></tr>
 * <tr><td>{@code conn.send(x) recv() poll(t) close() send_bytes(b) recv_bytes()}</td><td>{@code send(x) recv() poll(t) close() sendBytes(b) recvBytes()}; {@code recv} throws {@code EOFException} at end-of-file</td></tr>
 * <tr><td>{@code multiprocessing.connection.wait(conns, timeout)}, {@code with conn:}</td><td>{@code Connection.await(conns, t)}: the ready ones; {@code try (Connection c = ...)} closes it</td></tr>
 * <tr><td>{@code Queue() Queue(maxsize)}, {@code put get get(timeout=t) empty qsize}</td><td>{@code new Queue<>()}, {@code new Queue<>(maxsize)}, {@code put get get(t) empty qsize}; a timeout throws {@link Empty}</td></tr>
 * <tr><td>{@code q.put(x, timeout=t) put_nowait get_nowait full close join_thread}</td><td>{@code put(x, t) putNowait getNowait full close joinThread}; a full queue throws {@link Full}</td></tr>
 * <tr><td>{@code JoinableQueue()}, {@code task_done() join()}; {@code SimpleQueue()}</td><td>{@link JoinableQueue}, {@code taskDone() join()}; {@link SimpleQueue}: {@code put get empty close}</td></tr>
 * <tr><td>{@code Lock()}, {@code acquire() acquire(timeout=t) release() locked()}</td><td>{@code new Lock()}, {@code acquire() acquire(t) release() locked()}; {@code acquire()} returns {@code true}</td></tr>
 * <tr><td>{@code with lock:} (also an RLock, a Semaphore, a Condition)</td><td>{@code try (Lock held = lock.enter()) { ... }}: {@code enter()} acquires, {@code close()} releases</td></tr>
 * <tr><td>{@code RLock()}</td><td>{@link RLock}: taken again by its owning thread, released only by it</td></tr>
 * <tr><td>{@code Semaphore(n) BoundedSemaphore(n)}, {@code acquire release get_value}</td><td>{@link Semaphore}, {@link BoundedSemaphore}, {@code acquire() acquire(t) release() getValue()}</td></tr>
 * <tr><td>{@code Event()}, {@code set clear is_set wait wait(timeout)}</td><td>{@link Event}, {@code set() clear() isSet() await() await(t)}</td></tr>
 * <tr><td>{@code Condition(lock)}, {@code wait wait_for notify notify(n) notify_all}</td><td>{@link Condition}, {@code await() await(t) awaitFor(pred, t) signal() signal(n) signalAll()}</td></tr>
 * <tr><td>{@code Barrier(parties, action, timeout)}, {@code wait abort reset parties n_waiting broken}</td><td>{@link Barrier}, {@code await() await(t) abort() reset() parties() nWaiting() broken()}; {@link BrokenBarrierError}</td></tr>
 * <tr><td>{@code Value('i', 0)}, {@code v.value}, {@code v.get_lock()}</td><td>{@code Value.ofInt(0)} ({@code ofLong}, {@code ofDouble}), {@code get() set(x)}, {@code getLock()}</td></tr>
 * <tr><td>{@code Array('i', 5)}, {@code Array('d', [0.5, 1.5])}, {@code a[i] a[i] = x a[:] a[:] = xs len(a) get_lock()}</td><td>{@code Array.ofInts(5)}, {@code Array.ofDoubles(0.5, 1.5)} ({@code ofLongs}), {@code get(i) set(i, x) toList() setAll(xs) length() getLock()}</td></tr>
 * <tr><td>{@code with Manager() as m:}, {@code m.dict() m.list() m.Namespace() m.Value(t, x) m.Lock() m.Queue()}</td><td>{@code try (Manager m = new Manager())}, {@code m.dict() m.list() m.namespace() m.value(x) m.lock() m.queue()}: proxies ({@link DictProxy}, {@link ListProxy}, {@link Namespace}, {@link ValueProxy}, {@link LockProxy}, {@link QueueProxy}) of objects kept in the manager's server process</td></tr>
 * <tr><td>{@code d[k] d[k] = v k in d len(d)}, {@code l.append(x) l[i]}, {@code ns.x ns.x = v}</td><td>{@code d.get(k) d.put(k, v) d.containsKey(k) d.size()}, {@code l.append(x) l.get(i)}, {@code ns.get("x") ns.set("x", v)}: each a call to the manager process and back</td></tr>
 * <tr><td>{@code Pool(n)}, {@code Pool(n, maxtasksperchild)}, {@code apply apply_async map map_async imap imap_unordered}</td><td>{@code new Pool(n)}, {@code new Pool(n, maxTasks)}, {@code apply applyAsync map mapAsync imap imapUnordered}</td></tr>
 * <tr><td>{@code map(f, xs, chunksize) imap(f, xs, chunksize) imap_unordered(f, xs, chunksize)}</td><td>{@code map(fn, xs, c) imap(fn, xs, c) imapUnordered(fn, xs, c)}; a chunksize below 1 or {@code new Pool(0)} throws {@code IllegalArgumentException} (Python's ValueError)</td></tr>
 * <tr><td>{@code apply_async(f, (x,), callback=c, error_callback=e)}</td><td>{@code applyAsync(f, x, c, e)}; {@link AsyncResult}: {@code get() get(t) ready() successful()}</td></tr>
 * <tr><td>{@code multiprocessing.TimeoutError}; a task's exception raised again by {@code get()}</td><td>{@link TimeoutError} from {@code get(t)}; {@link TaskError}, with the child's exception class, message and stack trace</td></tr>
 * <tr><td>{@code pool.close() pool.terminate() pool.join()}</td><td>{@code close() terminate() join()}</td></tr>
 * <tr><td>{@code starmap(f, [(a, b)]) starmap_async}, {@code map_async(f, xs, callback=c, error_callback=e)}</td><td>{@code starmap(fn2, List.of(Args.of(a, b))) starmapAsync}, {@code mapAsync(fn, xs, c, e)}</td></tr>
 * <tr><td>{@code with Pool(n) as pool:}</td><td>{@code try (Pool.With w = pool.enter())}: terminates the pool at the end, as Python does</td></tr>
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
 * <p>Python's {@code wait()} and {@code notify()} are {@code await()} and {@code signal()} here: Java's
 * {@code Object} already has {@code wait} and {@code notify}.
 *
 * <h2>Handles</h2>
 * A {@link Connection}, {@link Queue}, {@link Lock}, {@link RLock}, {@link Semaphore}, {@link Event},
 * {@link Condition}, {@link Barrier}, {@link Value}, {@link Array} or a manager's proxy is a handle: a process may use an
 * object only through a handle it holds. It holds those it created; a child started with the {@code fork}
 * start method (the default, as in the course) gets a copy of every handle its parent holds, one started
 * with {@code spawn} only those its task captured; and a process that receives a handle inside a message
 * holds it from then on.
 *
 * <h2>A Manager</h2>
 * A {@link Manager} is a process of its own, a child of the one that created it, keeping shared objects in its
 * memory. A proxy's every call travels to it and back, as in Python: ProcLab draws the caller waiting in the
 * call and the manager process serving it. One call is atomic there; a read and a write are two calls, so guard
 * a read-modify-write ({@code d.put("count", d.get("count") + 1)}) with a lock. Leaving
 * {@code try (Manager m = new Manager())} shuts the manager down, as does the end of its creator; a call after
 * that throws IllegalStateException, as does one whose manager process died.
 *
 * <h2>When calls wait</h2>
 * {@code recv()}, {@code get()}, {@code acquire()}, {@code await()}, {@code join()} and a pool's {@code get()},
 * {@code apply()} and {@code map()} wait, and ProcLab draws the process blocked. {@code send()} returns once
 * the message is in the pipe; a pipe holds 64 KiB, so a writer that gets far ahead of its reader waits for
 * room, as with an operating system's pipe. ProcLab notices when no process can ever go on (a deadlock)
 * and says which process waits for what, and why it never comes.
 */
package org.proclab.mp;
