package org.proclab.programs.pool;

import org.proclab.mp.Pool;

/**
 * Slow callbacks: {@code join()} returns only when every result has been delivered and its callback
 * has run, as Python's {@code Pool.join()} waits for its result handler.
 */
public class JoinAfterCallbacks {
    static int twice(int x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        Pool pool = new Pool(2);
        for (int i = 0; i < 4; i++) {
            pool.applyAsync(JoinAfterCallbacks::twice, i, result -> {
                sleepQuietly(300); // the workers are long done by now
                System.out.println("callback " + result);
            });
        }
        pool.close();
        pool.join();
        System.out.println("joined");
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
