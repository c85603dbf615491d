#!/usr/bin/env python3
"""Lesson 6's file enumerator in Python's multiprocessing, to compare with ProcLab's.

The same three versions as org.proclab.lessons.enumerate.Enumerate, printing the same table lines:

    version <name> processes <n> files <count> unreadable <n> ms <time>

  one-process     the main process walks every directory (os.scandir, links not followed)
  many-processes  one Process per directory (fork), paths sent back through a Queue in batches of 1000
  pool            Pool(min(dirs, cpus)), one task per directory via imap_unordered, returning counts
  many-counts     (only with --only many-counts) as many-processes, but each child sends just its count

Run:        python3 bench/enumerate.py run DIR [DIR ...] [--only VERSION] [--batch N] [--start-method fork|spawn]
Make data:  python3 bench/enumerate.py make-tree ROOT --files 200000 --top 4
"""
import argparse
import multiprocessing as mp
import os
import sys
import time

BATCH = 1000


def walk(root, sink, batch_size):
    """Counts regular files under root, not following links; hands paths to sink in batches."""
    files = unreadable = 0
    batch = []
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                for e in it:
                    try:
                        if e.is_dir(follow_symlinks=False):
                            stack.append(e.path)
                        elif e.is_file(follow_symlinks=False):
                            files += 1
                            batch.append(e.path)
                            if len(batch) >= batch_size:
                                sink(batch)
                                batch = []
                    except OSError as err:
                        unreadable += 1
                        print(f"cannot read {e.path}: {err.strerror}", file=sys.stderr)
        except OSError as err:
            unreadable += 1
            print(f"cannot read {d}: {err.strerror}", file=sys.stderr)
    if batch:
        sink(batch)
    return files, unreadable


def line(version, processes, files, unreadable, ms):
    return f"version {version:<15} processes {processes:2d} files {files:9d} unreadable {unreadable:3d} ms {ms:6.0f}"


def one_process(dirs, batch_size):
    t0 = time.perf_counter()
    files = unreadable = 0
    for d in dirs:
        f, u = walk(d, lambda b: None, batch_size)
        files += f
        unreadable += u
    return line("one-process", 1, files, unreadable, (time.perf_counter() - t0) * 1000)


def _walk_and_report(d, q, batch_size, counts_only):
    f = u = 0
    try:
        f, u = walk(d, (lambda b: None) if counts_only else q.put, batch_size)
    finally:
        q.put(("done", f if counts_only else 0, u))   # always: the parent waits for one "done" per child


def many_processes(dirs, batch_size, ctx, counts_only=False):
    t0 = time.perf_counter()
    q = ctx.Queue()
    children = [ctx.Process(target=_walk_and_report, args=(d, q, batch_size, counts_only)) for d in dirs]
    for p in children:
        p.start()
    files = unreadable = 0
    running = len(children)
    while running:
        msg = q.get()
        if isinstance(msg, tuple):
            running -= 1
            files += msg[1]
            unreadable += msg[2]
        else:
            files += len(msg)
    for p in children:
        p.join()
    name = "many-counts" if counts_only else "many-processes"
    return line(name, len(children), files, unreadable, (time.perf_counter() - t0) * 1000)


def _count(d):
    return walk(d, lambda b: None, BATCH)


def pool(dirs, ctx):
    t0 = time.perf_counter()
    n = min(len(dirs), os.cpu_count() or 1)
    files = unreadable = 0
    with ctx.Pool(n) as p:
        for f, u in p.imap_unordered(_count, dirs):
            files += f
            unreadable += u
        p.close()
        p.join()
    return line("pool", n, files, unreadable, (time.perf_counter() - t0) * 1000)


def make_tree(root, total, top):
    """top dirs, each with 20 dirs of 25 dirs of files, plus an empty dir in each top dir."""
    per_top = total // top
    leaves = 20 * 25
    made = 0
    for t in range(top):
        for i in range(leaves):
            d = os.path.join(root, f"top{t}", f"s{i // 25:02d}", f"t{i % 25:02d}")
            os.makedirs(d, exist_ok=True)
            n = per_top // leaves + (1 if i < per_top % leaves else 0)
            for k in range(n):
                with open(os.path.join(d, f"f{k:04d}.txt"), "w"):
                    pass
                made += 1
        os.makedirs(os.path.join(root, f"top{t}", "empty"), exist_ok=True)
    print(f"made {made} files under {root}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("dirs", nargs="+")
    r.add_argument("--only", choices=["one-process", "many-processes", "many-counts", "pool"])
    r.add_argument("--batch", type=int, default=BATCH)
    r.add_argument("--start-method", default="fork")
    m = sub.add_parser("make-tree")
    m.add_argument("root")
    m.add_argument("--files", type=int, default=200_000)
    m.add_argument("--top", type=int, default=4)
    a = ap.parse_args()
    if a.cmd == "make-tree":
        make_tree(a.root, a.files, a.top)
        return
    ctx = mp.get_context(a.start_method)
    lines = []
    if a.only in (None, "one-process"):
        lines.append(one_process(a.dirs, a.batch))
    if a.only in (None, "many-processes"):
        lines.append(many_processes(a.dirs, a.batch, ctx))
    if a.only == "many-counts":    # children send only their count: no paths cross between processes
        lines.append(many_processes(a.dirs, a.batch, ctx, counts_only=True))
    if a.only in (None, "pool"):
        lines.append(pool(a.dirs, ctx))
    for l in lines:
        print(l, flush=True)


if __name__ == "__main__":
    main()
