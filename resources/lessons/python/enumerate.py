"""
Lesson 6, homework: a multi-process file enumerator. Give it several directories; it counts the
regular files under each of them three times, in three ways, and times each way:

  one-process     the main process walks every directory itself, one after another;
  many-processes  one child process per directory; each walks its directory with os.scandir and sends
                  the paths it finds back to the main process through a Queue, in batches;
  pool            a Pool of worker processes, one task per directory; each task returns a count.

Each time includes starting that version's processes. The first version also fills the operating
system's file cache, so run it twice before you compare.

    python3 enumerate.py /usr/lib /usr/share /usr/include /usr/bin
"""
import os
import stat
import sys
import time
from collections import namedtuple
from multiprocessing import Pool, Process, Queue, current_process

# Paths per message. Every message costs far more than finding one file (a system call to send, one
# to receive, a wake-up of the receiver), so batches of 1,000 paths make 1,000 times fewer messages.
# See the variant "one message per file".
BATCH = 1000

# Print a progress line at most once per this many files found by one walker.
PROGRESS_EVERY = 1000

# Without arguments, the subdirectories of the current directory are used, if there are at most this many.
MAX_DEFAULT_DIRS = 8

# ---- what travels between processes ------------------------------------------------------------

# A message from a walker child to the main process: some paths it found or, when last is true, the
# news that it has finished and what its walk found (how many paths it could not read, how long it
# took). A namedtuple pickles: it can go through a Queue.
Batch = namedtuple("Batch", "lane paths last found pid")

# What one walk found, and when: it began at began (time.time()) and took ms. The result of a pool task.
Found = namedtuple("Found", "lane directory files unreadable pid began ms")

# One line of the final table.
Timing = namedtuple("Timing", "version processes files unreadable ms")


# ---- walking one directory -----------------------------------------------------------------------

def walk(lane, directory, batch_size, sink):
    """
    Walks the tree under directory and hands the paths of its regular files to sink, in lists of
    up to batch_size (with sink None it only counts them). Symbolic links are not followed, as with
    find -type f: a link is not a regular file, and a link to a directory is not entered. What cannot
    be read is printed and counted, and the walk goes on.
    """
    began = time.time()
    files = 0
    unreadable = 0
    batch = []

    def cannot_read(e):                 # a directory we may not open, a file gone meanwhile...
        nonlocal unreadable             # ...is reported, never fatal
        unreadable += 1
        print(f"cannot read {e.filename}: {reason(e)}", file=sys.stderr)

    def visit(path):
        """One path: a directory is listed and each of its entries visited; a regular file is counted."""
        try:
            mode = os.lstat(path).st_mode   # one system call: what is it? lstat: a link stays a link
        except OSError as e:
            cannot_read(e)
            return
        if stat.S_ISDIR(mode):
            list_entries(path)
        elif stat.S_ISREG(mode):        # not a link, socket, device...
            found(path)

    def list_entries(d):
        """Visits every entry of a directory, in the order the operating system lists them. os.scandir
        reads each entry's type from the listing itself (d_type), as find does: no system call per file."""
        try:
            with os.scandir(d) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        list_entries(entry.path)
                    elif entry.is_file(follow_symlinks=False):
                        found(entry.path)
        except OSError as e:            # a directory we may not open...
            cannot_read(e)              # ...is reported, never fatal

    def found(path):
        """A regular file: count it, and add its path to the batch if someone wants the paths."""
        nonlocal files, batch
        files += 1
        if sink is not None:
            batch.append(path)
            if len(batch) >= batch_size:
                sink(batch)
                batch = []

    visit(directory)
    if sink is not None and batch:      # hand over what is left in the current batch
        sink(batch)
    return Found(lane, directory, files, unreadable, os.getpid(), began, int((time.time() - began) * 1000))


def reason(e):
    """A short reason, like the ones find prints."""
    return e.strerror.lower() if e.strerror else str(e)


# ---- version 1: one process --------------------------------------------------------------------

def one_process(dirs):
    """The main process walks every directory itself. A batch is handed over by a plain function call."""
    version = "one-process"
    begun = begin(version, 1)
    files = 0
    unreadable = 0
    for lane, directory in enumerate(dirs, start=1):
        progress = Progress(lane)
        f = walk(lane, directory, BATCH, lambda batch: progress.add(len(batch)))
        done(directory, f, begun)
        files += f.files
        unreadable += f.unreadable
    return finish(version, 1, files, unreadable, begun)


# ---- version 2: one child process per directory, batches through a Queue ------------------------

def walk_and_report(lane, directory, batch_size, queue):
    """What a walker child runs: walk one directory, put the paths on the queue in batches."""
    pid = os.getpid()
    f = Found(lane, directory, 0, 0, pid, time.time(), 0)
    try:
        f = walk(lane, directory, batch_size, lambda batch: queue.put(Batch(lane, batch, False, None, pid)))
    finally:
        # always say "finished", even after an error: the main process waits for this message
        queue.put(Batch(lane, [], True, f, pid))


def one_child_per_directory(version, dirs, batch_size):
    """One child per directory; the main process collects the batches and counts per child."""
    begun = begin(version, len(dirs))
    # A Queue, not a Pipe: many children put into the same queue and one process gets from it.
    # A Pipe has two ends only; we would need one pipe per child and a way to wait on them all.
    queue = Queue()
    children = []
    for lane, directory in enumerate(dirs, start=1):
        p = Process(name=f"walker-{lane}", target=walk_and_report, args=(lane, directory, batch_size, queue))
        p.start()
        children.append(p)

    progress = {lane: Progress(lane) for lane in range(1, len(dirs) + 1)}
    files = 0
    unreadable = 0
    running = len(children)
    while running > 0:
        b = queue.get()                 # waits until some child has put a batch
        # here the paths could be stored, sorted or written to a file; this enumerator counts them
        progress[b.lane].add(len(b.paths))
        files += len(b.paths)
        if b.last:
            running -= 1
            unreadable += b.found.unreadable
            done(dirs[b.lane - 1], b.found, begun)
    for p in children:
        p.join()                        # every child has said "finished"; collect its exit code
    return finish(version, len(children), files, unreadable, begun)


# ---- version 3: a Pool ---------------------------------------------------------------------------

def count_files(job):
    """A pool task: walk one directory and return only the count (the paths stay in the worker)."""
    lane, directory = job
    return walk(lane, directory, BATCH, None)


def with_pool(dirs):
    """
    A pool of min(directories, CPUs) workers, one task per directory. More workers than CPUs would
    only take turns on the CPUs. A task gives back one result when it ends, so we return counts, not
    50,000 paths in one message. imap_unordered() hands us each result as soon as it is ready,
    whatever the order of the directories.
    """
    version = "pool"
    workers = min(len(dirs), os.cpu_count())
    begun = begin(version, workers)
    pool = Pool(workers)
    jobs = []
    for lane, directory in enumerate(dirs, start=1):
        jobs.append((lane, directory))
    files = 0
    unreadable = 0
    for f in pool.imap_unordered(count_files, jobs):
        done(dirs[f.lane - 1], f, begun)
        files += f.files
        unreadable += f.unreadable
    pool.close()
    pool.join()
    return finish(version, workers, files, unreadable, begun)


# ---- the lines the main process prints -----------------------------------------------------------

class Progress:
    """Counts one lane's files and prints "progress lane K files N" every PROGRESS_EVERY files."""

    def __init__(self, lane):
        self.lane = lane
        self.files = 0
        self.printed = 0

    def add(self, n):
        self.files += n
        if self.files - self.printed >= PROGRESS_EVERY:
            self.printed = self.files
            print(f"progress lane {self.lane} files {self.files}")


def begin(version, processes):
    """A version begins: returns the time now. time.time() is the same clock in every process on this
    machine, so a child's times can be compared with it."""
    print()
    print(f"{version}, with {processes} {'process' if processes == 1 else 'processes'}:")
    return time.time()


def done(directory, f, begun):
    """A directory has been walked (f says what was found); when the walk began (f.began - begun) tells
    how long it took to start the process that walked it."""
    print(f"  {directory}: {f.files} files" + (f", {f.unreadable} unreadable" if f.unreadable else "")
          + f" (pid {f.pid}), walked in {f.ms} ms")


def finish(version, processes, files, unreadable, begun):
    t = Timing(version, processes, files, unreadable, int((time.time() - begun) * 1000))
    print(f"  {version}: {files} files in {t.ms} ms")
    return t


def line(t):
    """One table line: "version NAME processes N files N unreadable N ms N"."""
    return (f"version {t.version:<15} processes {t.processes:2d} files {t.files:9d}"
            f" unreadable {t.unreadable:3d} ms {t.ms:6d}")


def print_table(timings):
    print()
    print("results (regular files; time includes starting the processes):")
    for t in timings:
        print(line(t))


# ---- which directories ---------------------------------------------------------------------------

def directories(args):
    """The directories given as arguments, or else the current directory's subdirectories."""
    if args:
        return list(args)
    subdirs = sorted(e.path for e in os.scandir(".") if e.is_dir() and not e.name.startswith("."))
    return subdirs if len(subdirs) <= MAX_DEFAULT_DIRS else []


def usage():
    print("Give the directories to enumerate as arguments, for example:", file=sys.stderr)
    print("  python3 enumerate.py /usr/lib /usr/share /usr/include /usr/bin", file=sys.stderr)
    print(f"Without arguments the subdirectories of the current directory ({os.path.abspath('.')}) are used,"
          f" but only when there are 1 to {MAX_DEFAULT_DIRS} of them.", file=sys.stderr)


def main(args):
    dirs = directories(args)
    if not dirs:
        usage()
        sys.exit(2)
    print(f"enumerating {len(dirs)} directories: [{', '.join(dirs)}]")
    timings = []
    timings.append(one_process(dirs))
    timings.append(one_child_per_directory("many-processes", dirs, BATCH))
    timings.append(with_pool(dirs))
    print_table(timings)


if __name__ == "__main__":
    main(sys.argv[1:])
