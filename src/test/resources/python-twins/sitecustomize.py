"""
The tests' harness for the Python twins (PythonTwinsTest), never part of a twin: Python imports this
file at start-up in every interpreter the test starts (it is on PYTHONPATH), so that the test can
tell which process printed each line, as ProcLab's event log does for the Java programs.

Every complete line a process writes to sys.stdout or sys.stderr goes to file descriptor 1 as
"PID<TAB>out|err<TAB>LINE", in one write(); each multiprocessing child also writes
"PID<TAB>start<TAB>NAME" before its target runs, so that pids can be replaced by names.
"""
import atexit
import os
import sys
import multiprocessing.process as _process


def _emit(kind, text):
    data = "%d\t%s\t%s\n" % (os.getpid(), kind, text)
    os.write(1, data.encode("utf-8", "backslashreplace"))


class _Lines:
    """A text stream that sends each complete line out at once, marked with the writing process."""

    encoding = "utf-8"
    errors = "backslashreplace"

    def __init__(self, kind):
        self.kind = kind
        self.pid = os.getpid()
        self.pending = ""

    def write(self, text):
        if os.getpid() != self.pid:    # a forked child: what its parent had begun is not its own
            self.pid = os.getpid()
            self.pending = ""
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            _emit(self.kind, line)
        return len(text)

    def flush(self):
        pass                           # lines go out as they end

    def finish(self):
        if self.pending and os.getpid() == self.pid:
            _emit(self.kind, self.pending)
        self.pending = ""

    def isatty(self):
        return False

    def writable(self):
        return True

    def fileno(self):
        return 1


def _finish():
    # a Manager's server process puts the real streams back (managers.Server.serve_forever)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, _Lines):
            stream.finish()


sys.stdout = _Lines("out")
sys.stderr = _Lines("err")
atexit.register(_finish)

_run = _process.BaseProcess.run


def _announced_run(self):
    _emit("start", self.name)
    try:
        return _run(self)
    finally:
        _finish()


_process.BaseProcess.run = _announced_run

# ProcLab starts children with fork by default, as the course does; Python 3.14 made forkserver the
# default on Linux, whose children are the server's, not their parent's
try:
    import multiprocessing.context as _context
    if _context._default_context.get_start_method(allow_none=True) is None \
            and _context._default_context._default_context.get_start_method() == "forkserver":
        _context._default_context._default_context = _context._concrete_contexts["fork"]
except (AttributeError, KeyError, ValueError):
    pass
