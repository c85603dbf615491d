#!/usr/bin/env python3
"""The ProcLab benchmark workloads with Python's multiprocessing.

`proclab bench` runs this script once per workload and repetition, with the same sizes as the Java
programs in org.proclab.bench.programs, and reads the lines

    RESULT <name> <value> <unit>

Run by hand:  python3 bench/mp_bench.py all [--quick]
              python3 bench/mp_bench.py pipe_oneway_simplex --n 200000 --warm 20000
Each workload is timed the way its Java twin is (see the Java programs for the reasons).
"""
import argparse
import multiprocessing as mp
import statistics
import sys
import time

READY = -1


def result(name, value, unit):
    print(f"RESULT {name} {value:.3f} {unit}", flush=True)


# ---- pipes ---------------------------------------------------------------------------------------

def _pipe_sender(reader, writer, gate, n, warm):
    reader.close()                      # the child only writes
    for i in range(warm):
        writer.send(i)
    writer.send(READY)
    gate.acquire()                      # wait for the parent's start signal
    gate.release()
    for i in range(n):
        writer.send(i)
    writer.close()


def pipe_oneway(name, duplex, n, warm, ctx):
    reader, writer = ctx.Pipe(duplex)   # duplex=False: reader can only recv, writer only send
    gate = ctx.Lock()
    gate.acquire()
    child = ctx.Process(target=_pipe_sender, args=(reader, writer, gate, n, warm))
    child.start()
    writer.close()                      # the parent only reads: now it can see EOF
    while reader.recv() != READY:
        pass
    t0 = time.perf_counter_ns()
    gate.release()
    count = 0
    try:
        while True:
            reader.recv()
            count += 1
    except EOFError:
        pass
    t1 = time.perf_counter_ns()
    child.join()
    if count != n:
        raise SystemExit(f"received {count} messages, expected {n}")
    result(name, n * 1e9 / (t1 - t0), "msgs/s")


def _echo(mine, theirs):
    theirs.close()
    try:
        while True:
            mine.send(mine.recv())
    except EOFError:
        mine.close()


def pipe_roundtrip(name, n, warm, ctx):
    mine, theirs = ctx.Pipe()
    child = ctx.Process(target=_echo, args=(theirs, mine))
    child.start()
    theirs.close()
    for i in range(warm):
        mine.send(i)
        mine.recv()
    t0 = time.perf_counter_ns()
    for i in range(n):
        mine.send(i)
        if mine.recv() != i:
            raise SystemExit("wrong echo")
    t1 = time.perf_counter_ns()
    mine.close()
    child.join()
    result(name, (t1 - t0) / 1e3 / n, "us")


# ---- queues --------------------------------------------------------------------------------------

def _producer(q, gate, n, warm):
    for i in range(warm):
        q.put(i)
    q.put(READY)
    gate.acquire()
    gate.release()
    for i in range(n):
        q.put(i)


def queue_fan_in(name, producers, total, warm, ctx):
    each, warm_each = total // producers, warm // producers
    q = ctx.Queue()
    gate = ctx.Lock()
    gate.acquire()
    children = [ctx.Process(target=_producer, args=(q, gate, each, warm_each)) for _ in range(producers)]
    for c in children:
        c.start()
    ready = 0
    while ready < producers:
        if q.get() == READY:
            ready += 1
    t0 = time.perf_counter_ns()
    gate.release()
    expected = producers * each
    for _ in range(expected):
        q.get()
    t1 = time.perf_counter_ns()
    for c in children:
        c.join()
    result(name, expected * 1e9 / (t1 - t0), "msgs/s")


# ---- shared value --------------------------------------------------------------------------------

def _increment(v, n):
    lock = v.get_lock()
    for _ in range(n):
        lock.acquire()
        v.value = v.value + 1
        lock.release()


def _adder(warm_value, v, n, warm, status, gate):
    _increment(warm_value, warm)
    status.put("ready")
    gate.acquire()
    gate.release()
    _increment(v, n)
    status.put("done")


def value_locked(name, n, warm, ctx):
    warm_value = ctx.Value('i', 0)
    v = ctx.Value('i', 0)
    status = ctx.Queue()
    gate = ctx.Lock()
    gate.acquire()
    adders = [ctx.Process(target=_adder, args=(warm_value, v, n, warm, status, gate)) for _ in range(2)]
    for a in adders:
        a.start()
    status.get()
    status.get()
    t0 = time.perf_counter_ns()
    gate.release()
    status.get()
    status.get()
    t1 = time.perf_counter_ns()
    for a in adders:
        a.join()
    result(name, 2 * n * 1e9 / (t1 - t0), "increments/s")
    result(name + ".final", v.value, "count")
    result(name + ".expected", 2 * n, "count")


# ---- process start -------------------------------------------------------------------------------

def _nothing():
    pass


def start_join(name, samples, warm, ctx):
    times = []
    for i in range(warm + samples):
        t0 = time.perf_counter_ns()
        p = ctx.Process(target=_nothing)
        p.start()
        p.join()
        t1 = time.perf_counter_ns()
        if p.exitcode != 0:
            raise SystemExit(f"empty child ended with exit code {p.exitcode}")
        if i >= warm:
            times.append(t1 - t0)
    result(name, statistics.median(times) / 1e6, "ms")


def _report_clock(writer):
    # time.monotonic_ns() is CLOCK_MONOTONIC on Linux: one clock for every process of the machine.
    writer.send(time.monotonic_ns())


def worker_ready(name, samples, warm, ctx):
    reader, writer = ctx.Pipe(False)
    times = []
    pause = 0.5 if name.endswith("_paced") else 0
    for i in range(warm + samples):
        time.sleep(pause)
        p = ctx.Process(target=_report_clock, args=(writer,))
        t0 = time.monotonic_ns()
        p.start()
        running = reader.recv()
        p.join()
        if i >= warm:
            times.append(running - t0)
    result(name, statistics.median(times) / 1e6, "ms")


# ---- pools ---------------------------------------------------------------------------------------

def _trivial(x):
    return x + 1


def pool_apply_async(name, n, warm, rounds, ctx):
    """Pool(2), n apply_async(callback=...) of a trivial function; callbacks count in the parent.
    Median of `rounds` rounds on one pool; the count must be n in every round."""
    counted = n
    times = []
    with ctx.Pool(2) as pool:
        for r in [pool.apply_async(_trivial, (i,)) for i in range(warm)]:
            r.wait()                    # warm-up: the workers are running
        for _ in range(max(1, rounds)):
            count = 0

            def counting(_):
                nonlocal count          # callbacks run one at a time in the pool's result thread
                count += 1
            t0 = time.perf_counter_ns()
            results = [pool.apply_async(_trivial, (i,), callback=counting) for i in range(n)]
            for r in results:
                r.wait()                # a result is ready only after its callback has run
            times.append(time.perf_counter_ns() - t0)
            time.sleep(0.02)            # a callback too many would show now
            if count != n:
                counted = count
                break
        pool.close()
        pool.join()
    result(name, statistics.median(times) / 1e6, "ms")
    result(name + ".final", counted, "count")
    result(name + ".expected", n, "count")


def pool_map(name, n, warm, rounds, ctx):
    """Pool(2).map of n trivial tasks; chunksize 1 for pool_map_chunk1, else the default.
    Median of `rounds` maps on one pool."""
    chunk1 = name.endswith("chunk1")
    items = list(range(n))
    with ctx.Pool(2) as pool:
        if warm:
            pool.map(_trivial, items[:warm], 1 if chunk1 else max(1, min(warm, n) // 8))
        times = []
        for _ in range(max(1, rounds)):
            t0 = time.perf_counter_ns()
            out = pool.map(_trivial, items, 1) if chunk1 else pool.map(_trivial, items)
            times.append(time.perf_counter_ns() - t0)
        pool.close()
        pool.join()
    result(name, statistics.median(times) / 1e6, "ms")
    result(name + ".final", sum(out), "sum")
    result(name + ".expected", n * (n + 1) // 2, "sum")


def pool_create(name, samples, warm, ctx):
    """Pool(2) + close() + join(), no task."""
    times = []
    for i in range(warm + samples):
        t0 = time.perf_counter_ns()
        pool = ctx.Pool(2)
        pool.close()
        pool.join()
        t1 = time.perf_counter_ns()
        if i >= warm:
            times.append(t1 - t0)
    result(name, statistics.median(times) / 1e6, "ms")


# ---- command line --------------------------------------------------------------------------------

def run(workload, a):
    ctx = mp.get_context(a.start_method)
    n, warm, samples = a.n, a.warm, a.samples
    if workload == "pipe_oneway_simplex":
        pipe_oneway(workload, False, n, warm, ctx)
    elif workload == "pipe_oneway_duplex":
        pipe_oneway(workload, True, n, warm, ctx)
    elif workload == "pipe_roundtrip":
        pipe_roundtrip(workload, n, warm, ctx)
    elif workload == "queue_1to1":
        queue_fan_in(workload, 1, n, warm, ctx)
    elif workload == "queue_4to1":
        queue_fan_in(workload, 4, n, warm, ctx)
    elif workload == "value_locked_increments":
        value_locked(workload, n, warm, ctx)
    elif workload.startswith("process_start_join"):
        start_join(workload, samples, warm, ctx)
    elif workload.startswith("worker_ready"):
        worker_ready(workload, samples, warm, ctx)
    elif workload == "pool_apply_async_callbacks":
        pool_apply_async(workload, n, warm, samples, ctx)
    elif workload in ("pool_map_chunk1", "pool_map_default"):
        pool_map(workload, n, warm, samples, ctx)
    elif workload.startswith("pool_create_close_join"):
        pool_create(workload, samples, warm, ctx)
    else:
        raise SystemExit(f"unknown workload {workload}")


# Sizes for running this script by hand; `proclab bench` always passes its own (the same ones).
DEFAULTS = {
    "pipe_oneway_simplex": dict(n=200_000, warm=20_000),
    "pipe_oneway_duplex": dict(n=200_000, warm=20_000),
    "pipe_roundtrip": dict(n=5_000, warm=1_000),
    "queue_1to1": dict(n=100_000, warm=10_000),
    "queue_4to1": dict(n=100_000, warm=10_000),
    "value_locked_increments": dict(n=5_000, warm=1_000),
    "process_start_join": dict(samples=20, warm=2, start_method="fork"),
    "process_start_join_spawn": dict(samples=20, warm=2, start_method="spawn"),
    "worker_ready": dict(samples=10, warm=1, start_method="fork"),
    "worker_ready_spawn": dict(samples=10, warm=1, start_method="spawn"),
    "worker_ready_paced": dict(samples=10, warm=1, start_method="fork"),
    "pool_apply_async_callbacks": dict(n=1_000, warm=100, samples=3),    # samples: rounds
    "pool_map_chunk1": dict(n=10_000, warm=100, samples=1),
    "pool_map_default": dict(n=10_000, warm=100, samples=3),
    "pool_create_close_join": dict(samples=5, warm=1),
    "pool_create_close_join_spawn": dict(samples=5, warm=1, start_method="spawn"),
}
# The enumerate_* rows run bench/enumerate.py instead (`proclab bench` makes the tree and passes the dirs).


def main():
    ap = argparse.ArgumentParser(description="ProcLab's benchmark workloads with Python multiprocessing")
    ap.add_argument("workload", help="a workload name, or 'all'")
    ap.add_argument("--n", type=int, help="messages, round trips or increments per child")
    ap.add_argument("--warm", type=int, help="untimed warm-up iterations")
    ap.add_argument("--samples", type=int, help="timed samples (process rows), rounds (pool rows)")
    ap.add_argument("--start-method", choices=["fork", "spawn", "forkserver"])
    ap.add_argument("--quick", action="store_true", help="with 'all': a tenth of the sizes")
    a = ap.parse_args()
    names = list(DEFAULTS) if a.workload == "all" else [a.workload]
    for name in names:
        d = dict(DEFAULTS.get(name, {}))
        if a.quick:
            d = {k: (max(1, v // 10) if k in ("n", "warm") else v) for k, v in d.items()}
            if "samples" in d:
                d["samples"] = 5
        for key in ("n", "warm", "samples", "start_method"):
            if getattr(a, key) is None:
                setattr(a, key, d.get(key, "fork" if key == "start_method" else 0))
        run(name, a)
        if a.workload == "all":
            a.n = a.warm = a.samples = a.start_method = None


if __name__ == "__main__":
    sys.exit(main())
