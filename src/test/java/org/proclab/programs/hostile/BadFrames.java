package org.proclab.programs.hostile;

import org.proclab.mp.MP;
import org.proclab.mp.Process;

/**
 * Children that break the protocol, one way each (the argument): a frame whose fields run past its
 * length, one longer than the protocol allows, an unknown frame type. Each must be ended with a message;
 * the main process goes on and reports their exit codes.
 */
public class BadFrames {
    public static void main(String[] args) throws Exception {
        String[] kinds = {"short", "huge", "unknown"};
        for (String kind : kinds) {
            Process p = new Process("bad-" + kind, () -> {
                System.out.println("about to send a " + kind + " frame");
                System.out.flush();
                switch (kind) {
                    // an OP frame of 4 bytes: its fields need far more
                    case "short" -> RawFrames.write(concat(RawFrames.header(2, 4), new byte[] {0, 0, 0, 7}));
                    case "huge" -> RawFrames.write(RawFrames.header(2, Integer.MAX_VALUE));
                    default -> RawFrames.write(RawFrames.header(99, 0));
                }
                MP.sleep(60); // the kernel ends it long before
            });
            p.start();
            p.join();
            System.out.println(kind + " exit code " + p.exitCode());
        }
        System.out.println("main goes on");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
