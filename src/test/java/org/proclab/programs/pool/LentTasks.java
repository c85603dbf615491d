package org.proclab.programs.pool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.proclab.mp.AsyncResult;
import org.proclab.mp.MP;
import org.proclab.mp.Pool;
import org.proclab.programs.Cues;
import org.proclab.worker.WorkerRuntime;

/**
 * A pool lends a worker whose tasks are quick a few more tasks with each one it asks for. Prints: whether a
 * quick task ever ran while its worker held lent tasks; that a worker stuck in a task while holding lent tasks
 * does not keep them from the other worker (they are recalled); and that slow tasks start in order. The tasks
 * signal with files, not with ProcLab's objects: a task that carries a handle is never lent.
 */
public class LentTasks {
    public static void main(String[] args) throws Exception {
        Pool pool = new Pool(2);
        long id = poolId(pool);
        List<Integer> held = pool.map(x -> heldBy(id), IntStream.range(0, 2000).boxed().toList(), 1);
        System.out.println("quick tasks ran with tasks lent: " + held.stream().anyMatch(n -> n > 0));

        String dir = Files.createTempDirectory("proclab-lent").toString();
        List<AsyncResult<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            results.add(pool.applyAsync(x -> {
                if (x < 2) {
                    Cues.await(dir, "submitted"); // both workers busy until every task waits: then some are lent
                } else if (heldBy(id) > 0 && claim(dir)) {
                    Cues.await(dir, "free"); // this worker holds lent tasks and now stays in this one
                    return -1;
                }
                return x;
            }, i));
        }
        Files.createFile(Path.of(dir, "submitted"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(Path.of(dir, "stuck")) && System.nanoTime() < deadline) {
            MP.sleep(0.01);
        }
        System.out.println("a worker got stuck holding lent tasks: " + Files.exists(Path.of(dir, "stuck")));
        while (results.stream().filter(AsyncResult::ready).count() < 399 && System.nanoTime() < deadline) {
            MP.sleep(0.01);
        }
        System.out.println("the other worker ran the rest: " + (results.stream().filter(AsyncResult::ready).count() == 399));
        Files.createFile(Path.of(dir, "free"));
        int own = 0;
        int stuckOnes = 0;
        for (int i = 0; i < results.size(); i++) {
            int r = results.get(i).get();
            own += r == i ? 1 : 0;
            stuckOnes += r == -1 ? 1 : 0;
        }
        System.out.println("results: " + own + " their own, " + stuckOnes + " stuck");
        for (String f : List.of("submitted", "stuck", "free")) {
            Files.deleteIfExists(Path.of(dir, f));
        }
        Files.delete(Path.of(dir));

        pool.map(x -> {
            MP.sleep(0.05);
            return x;
        }, List.of(0, 1, 2, 3, 4, 5));
        pool.close();
        pool.join();
        System.out.println("done");
    }

    /** True for the first task to ask: it creates the file "stuck". */
    private static boolean claim(String dir) {
        try {
            Files.createFile(Path.of(dir, "stuck"));
            return true;
        } catch (java.io.IOException taken) {
            return false;
        }
    }

    private static int heldBy(long pool) {
        return WorkerRuntime.get().client().lent().held(pool);
    }

    private static long poolId(Pool pool) throws ReflectiveOperationException {
        var engine = Pool.class.getDeclaredField("engine");
        engine.setAccessible(true);
        Object e = engine.get(pool);
        var id = e.getClass().getDeclaredField("id");
        id.setAccessible(true);
        return (Long) id.get(e);
    }
}
