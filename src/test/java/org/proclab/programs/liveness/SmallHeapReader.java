package org.proclab.programs.liveness;

import org.proclab.mp.Pipe;
import org.proclab.mp.Process;
import org.proclab.mp.Queue;

/**
 * A child fills its heap, then receives a message that cannot fit: the thread that reads the kernel's
 * answers runs out of memory. The child's JVM must end rather than live on unable to hear the kernel.
 */
public class SmallHeapReader {
    static final java.util.List<byte[]> BALLAST = new java.util.ArrayList<>();

    public static void main(String[] args) throws Exception {
        int mb = Integer.parseInt(args[0]);
        Pipe pipe = Pipe.open(false);
        Queue<String> ready = new Queue<>();
        Process reader = new Process("reader", () -> {
            Runtime rt = Runtime.getRuntime();
            while (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) > (6L << 20)) {
                BALLAST.add(new byte[1 << 20]);
            }
            ready.put("full");
            pipe.first().recvBytes();
            System.out.println("reader got it (it should not have)");
        });
        reader.start();
        ready.get();
        pipe.second().sendBytes(new byte[mb << 20]);
        reader.join();
        System.out.println("reader exit code " + reader.exitCode());
    }
}
