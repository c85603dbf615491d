package org.proclab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.proclab.bench.Workload.Program;
import org.proclab.bench.Workload.Sizes;
import org.proclab.kernel.StartMethod;

/** The rows of {@code proclab bench}, in the order they are run and printed. */
public final class Workloads {
    public static final String JVM_HELLO = "jvm_hello";

    private Workloads() {}

    public static List<Workload> all() {
        List<Workload> w = new ArrayList<>();
        w.add(new Workload("pipe_oneway_simplex", "msgs/s", true, Program.PIPE_ONE_WAY, StartMethod.FORK,
                Sizes.messages(200_000, 20_000), Sizes.messages(20_000, 2_000),
                "Pipe.open(false): a child sends small ints, the parent recv()s them until EOF"));
        w.add(new Workload("pipe_oneway_duplex", "msgs/s", true, Program.PIPE_ONE_WAY, StartMethod.FORK,
                Sizes.messages(200_000, 20_000), Sizes.messages(20_000, 2_000),
                "the same through Pipe.open() (duplex)"));
        w.add(new Workload("pipe_roundtrip", "us", false, Program.PIPE_ROUND_TRIP, StartMethod.FORK,
                Sizes.messages(5_000, 1_000), Sizes.messages(1_000, 200),
                "ping-pong of an int over a duplex pipe: time per round trip"));
        w.add(new Workload("queue_1to1", "msgs/s", true, Program.QUEUE_FAN_IN, StartMethod.FORK,
                new Sizes(100_000, 10_000, 0, 1), new Sizes(10_000, 1_000, 0, 1),
                "one producer child put()s small ints, the parent get()s them"));
        w.add(new Workload("queue_4to1", "msgs/s", true, Program.QUEUE_FAN_IN, StartMethod.FORK,
                new Sizes(100_000, 10_000, 0, 4), new Sizes(10_000, 1_000, 0, 4),
                "four producer children put() a quarter each, the parent get()s them all"));
        w.add(new Workload("value_locked_increments", "increments/s", true, Program.VALUE_LOCKED, StartMethod.FORK,
                // 100,000 each: at 5,000 Python's run lasted 8-20 ms, ProcLab's mostly its JIT's first compiles
                Sizes.messages(100_000, 20_000), Sizes.messages(5_000, 1_000),
                "two children each do N times acquire; v.set(v.get()+1); release on Value.ofInt and its lock"));
        w.add(new Workload("process_start_join", "ms", false, Program.START_JOIN, StartMethod.FORK,
                Sizes.samples(20, 2), Sizes.samples(5, 1),
                "start() + join() of a child that does nothing (median); Python with the fork start method"));
        w.add(new Workload("process_start_join_spawn", "ms", false, Program.START_JOIN, StartMethod.SPAWN,
                Sizes.samples(20, 2), Sizes.samples(5, 1),
                "the same under the spawn start method; Python spawn starts a fresh interpreter as ProcLab starts a JVM"));
        w.add(new Workload("worker_ready", "ms", false, Program.WORKER_READY, StartMethod.FORK,
                Sizes.samples(10, 1), Sizes.samples(5, 1),
                "from start() until the child's task runs its first line (median; fork)"));
        w.add(new Workload("worker_ready_paced", "ms", false, Program.WORKER_READY, StartMethod.FORK,
                Sizes.samples(10, 1), Sizes.samples(5, 1),
                "the same with a pause of 0.5 s before each start, as a program has between starts (median; fork)"));
        w.add(new Workload(JVM_HELLO, "ms", false, null, StartMethod.FORK,
                Sizes.samples(10, 1), Sizes.samples(5, 1),
                "a whole trivial process: `java -cp DIR Hello` (ProcLab column) vs `python -c \"print('hello')\"`"));
        // The rows below run once per bench run (unless --repeat is given): one session costs seconds here.
        // The pool rows take a median of ROUNDS inside that run instead (Sizes.samples = rounds).
        w.add(new Workload("pool_apply_async_callbacks", "ms", false, Program.POOL_APPLY_ASYNC, StartMethod.FORK,
                new Sizes(1_000, 100, 3, 0), new Sizes(1_000, 100, 1, 0),
                "Pool(2), 1,000 applyAsync(fn, i, callback) of a trivial fn, until every callback ran in the parent;"
                        + " the count must be 1,000 (median of 3 rounds; quick: 1)", 1));
        w.add(new Workload("pool_map_chunk1", "ms", false, Program.POOL_MAP, StartMethod.FORK,
                new Sizes(10_000, 100, 1, 0), new Sizes(2_000, 100, 1, 0),
                "Pool(2).map of 10,000 (quick: 2,000) trivial tasks, chunksize 1", 1));
        w.add(new Workload("pool_map_default", "ms", false, Program.POOL_MAP, StartMethod.FORK,
                new Sizes(10_000, 100, 3, 0), new Sizes(2_000, 100, 1, 0),
                "the same with the default chunksize, ceil(n / (4 * 2)): 1,250 (quick: 250); median of 3 rounds", 1));
        w.add(new Workload("pool_create_close_join", "ms", false, Program.POOL_CREATE, StartMethod.FORK,
                Sizes.samples(5, 1), Sizes.samples(3, 0),
                "new Pool(2) + close() + join(), no task (median of 5; quick: 3)", 1));
        w.add(new Workload("pool_create_close_join_spawn", "ms", false, Program.POOL_CREATE, StartMethod.SPAWN,
                Sizes.samples(5, 1), Sizes.samples(3, 0),
                "the same under spawn: Python's workers start fresh interpreters, as ProcLab's start JVMs", 1));
        w.add(new Workload(EnumerateRows.ONE_PROCESS, "ms", false, Program.ENUMERATE, StartMethod.FORK,
                Sizes.messages(EnumerateRows.FULL_FILES, 0), Sizes.messages(EnumerateRows.QUICK_FILES, 0),
                "lesson 6 on a generated tree of 200,000 files (quick: 20,000) in 4 top dirs: one process walks all", 1));
        w.add(new Workload(EnumerateRows.CHILDREN, "ms", false, Program.ENUMERATE, StartMethod.FORK,
                Sizes.messages(EnumerateRows.FULL_FILES, 0), Sizes.messages(EnumerateRows.QUICK_FILES, 0),
                "lesson 6: one child per top dir, paths back through a Queue in batches of 1,000", 1));
        w.add(new Workload(EnumerateRows.POOL, "ms", false, Program.ENUMERATE, StartMethod.FORK,
                Sizes.messages(EnumerateRows.FULL_FILES, 0), Sizes.messages(EnumerateRows.QUICK_FILES, 0),
                "lesson 6: Pool(min(4, CPUs)), one task per top dir, imapUnordered of counts", 1));
        w.add(new Workload(EnumerateRows.FIND, "ms", false, null, StartMethod.FORK,
                Sizes.messages(EnumerateRows.FULL_FILES, 0), Sizes.messages(EnumerateRows.QUICK_FILES, 0),
                "`find TREE -type f | wc -l` on the same tree; one figure, in the ProcLab column (it is not ProcLab)", 1));
        return List.copyOf(w);
    }

    public static Optional<Workload> find(String name) {
        return all().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return all().stream().map(Workload::name).toList();
    }
}
