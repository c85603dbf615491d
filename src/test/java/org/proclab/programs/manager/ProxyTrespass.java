package org.proclab.programs.manager;

import org.proclab.mp.DictProxy;
import org.proclab.mp.Manager;
import org.proclab.mp.Process;
import org.proclab.wire.Op;
import org.proclab.worker.Message;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * Run with the spawn start method: a child given nothing tries its parent's dict proxy by its id, to take the
 * manager's calls as if it were its server, and to make an object in its parent's manager. The parent then
 * checks that its dict is as it left it.
 */
public class ProxyTrespass {
    public static void main(String[] args) throws Exception {
        try (Manager m = new Manager()) {
            DictProxy<String, String> d = m.dict();
            d.put("secret", "kept");
            long dictId = idOf(d, "org.proclab.mp.Proxy");
            long managerId = idOf(m, "org.proclab.mp.Manager");
            Process thief = new Process("thief", () -> {
                var client = WorkerRuntime.get().client();
                Message call = Message.of(null);
                say("proxy_call", client.call(Op.PROXY_CALL, dictId, 0, -1, "put('secret', 'stolen')", call.bytes(), null));
                say("manager_next", client.call(Op.MANAGER_NEXT, managerId, 0, -1, null, null, null));
                long mine = WorkerRuntime.get().newObjectId();
                say("proxy_new", client.call(Op.PROXY_NEW, mine, managerId, -1, "dict", call.bytes(), null));
            });
            thief.start();
            thief.join();
            System.out.println("dict still holds: " + d.copy());
        }
    }

    private static void say(String what, Reply r) {
        System.out.println(what + " " + r.status() + " " + r.text());
    }

    private static long idOf(Object o, String declaring) throws Exception {
        var f = Class.forName(declaring).getDeclaredField("id");
        f.setAccessible(true);
        return f.getLong(o);
    }
}
