package org.proclab.programs.hostile;

import org.proclab.mp.Lock;
import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;
import org.proclab.wire.Op;
import org.proclab.worker.Reply;
import org.proclab.worker.WorkerRuntime;

/**
 * Run with the spawn start method: a child that was given nothing tries to use its parent's queue, lock
 * and pipe by their ids (taken from its task as plain numbers), and to create a pipe over the parent's.
 * The parent then checks that its objects are as it left them.
 */
public class Trespass {
    public static void main(String[] args) throws Exception {
        Queue<String> q = new Queue<>();
        Lock lock = new Lock();
        Pipe pipe = Pipe.open();
        q.put("secret");
        lock.acquire();
        long qid = idOf(q);
        long lockId = idOf(lock);
        long pipeId = idOf(pipe.first()) >> 1;
        Process thief = new Process("thief", () -> {
            var client = WorkerRuntime.get().client();
            say("get", client.call(Op.GET, qid, 1, -1, null, null, null));
            say("release", client.call(Op.RELEASE, lockId, 0, 0, null, null, null));
            say("recv", client.call(Op.RECV, pipeId << 1, 1, -1, null, null, null));
            say("pipe_new", client.call(Op.PIPE_NEW, pipeId, 1, 0, null, null, null));
        });
        thief.start();
        thief.join();
        System.out.println("queue still holds: " + q.get());
        System.out.println("lock still held: " + !lock.acquire(0));
        lock.release();
        pipe.second().send("still mine");
        System.out.println("pipe still works: " + pipe.first().recv());
    }

    private static void say(String what, Reply r) {
        System.out.println(what + " " + r.status() + " " + r.text());
    }

    static long idOf(Object handle) throws Exception {
        for (String name : new String[] {"id", "handle"}) {
            try {
                var f = handle.getClass().getDeclaredField(name);
                f.setAccessible(true);
                return f.getLong(handle);
            } catch (NoSuchFieldException e) {
                // try the next name
            }
        }
        throw new IllegalStateException("no id in " + handle);
    }
}
