package org.proclab.ui.ipc;

import org.proclab.trace.Event;
import org.proclab.trace.EventKind;

/** A manager's run as the kernel logs it, built by hand: main 100 makes manager-1 served by 101; children 102 and 103 call. */
final class ManagerRun {
    private ManagerRun() {}

    static IpcEvents started() {
        return IpcEvents.log().main(100).child(101, "SyncManager-1", 100)
                .add(100, EventKind.MANAGER_NEW, "manager-1", null, Event.NO_NUM)
                .handle(100, "manager-1", "create").handle(101, "manager-1", "server")
                .block(100, "manager-1", "Manager()").block(101, "manager-1", "serve_forever()")
                .add(100, EventKind.WAKE, "manager-1", "Manager()", Event.NO_NUM)
                .add(100, EventKind.PROXY_NEW, "dict-1", "dict manager-1", Event.NO_NUM).handle(100, "dict-1", "create")
                .block(100, "dict-1", "dict()").add(101, EventKind.PROXY_SERVE, "dict-1", "dict()", 1)
                .add(100, EventKind.PROXY_RETURN, "dict-1", "None", 1)
                .add(100, EventKind.PROXY_NEW, "list-1", "list manager-1", Event.NO_NUM).handle(100, "list-1", "create")
                .block(100, "list-1", "list()").add(101, EventKind.PROXY_SERVE, "list-1", "list()", 2)
                .add(100, EventKind.PROXY_RETURN, "list-1", "None", 2)
                .child(102, "child-a", 100).child(103, "child-b", 100);
    }

    static IpcEvents call(IpcEvents log, long pid, String proxy, String call, long id) {
        return log.add(pid, EventKind.PROXY_CALL, proxy, call, id).block(pid, proxy, call);
    }

    static IpcEvents serve(IpcEvents log, String proxy, String call, long id) {
        return log.add(101, EventKind.PROXY_SERVE, proxy, call, id);
    }

    static IpcEvents answer(IpcEvents log, long pid, String proxy, String result, long id) {
        return log.add(pid, EventKind.PROXY_RETURN, proxy, result, id);
    }

    /** Two children mid-way: a's get('count') is served, b's put waits for the manager; three answers so far. */
    static IpcEvents busy() {
        IpcEvents log = started();
        call(log, 102, "dict-1", "get('count')", 3);
        serve(log, "dict-1", "get('count')", 3);
        answer(log, 102, "dict-1", "0", 3);
        call(log, 103, "dict-1", "get('count')", 4);
        serve(log, "dict-1", "get('count')", 4);
        answer(log, 103, "dict-1", "0", 4);
        call(log, 102, "list-1", "append('a 0')", 5);
        serve(log, "list-1", "append('a 0')", 5);
        answer(log, 102, "list-1", "None", 5);
        call(log, 102, "dict-1", "get('count')", 6);
        serve(log, "dict-1", "get('count')", 6);
        call(log, 103, "dict-1", "put('count', 1)", 7);
        return log;
    }
}
