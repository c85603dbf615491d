package org.proclab.programs.hostile;

import java.io.ByteArrayOutputStream;
import org.proclab.mp.MP;
import org.proclab.mp.Process;
import org.proclab.wire.FrameOut;
import org.proclab.wire.Op;
import org.proclab.wire.Reports;
import org.proclab.wire.Wire;

/**
 * A child that sends, in one write, five well-formed reports and then a frame of an unknown type: the kernel reads
 * them from one buffer and runs the five together, and they must all be recorded, in order, before the bad frame
 * ends the child.
 */
public class GoodThenBadFrames {
    public static void main(String[] args) throws Exception {
        Process p = new Process("good-then-bad", () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (FrameOut out = new FrameOut(bytes)) {
                for (int i = 1; i <= 5; i++) {
                    String text = Reports.encode("sent", Integer.toString(i));
                    out.frame(Wire.OP, f -> {
                        f.writeInt(0);
                        f.writeByte(Op.REPORT.ordinal());
                        f.writeBoolean(true);
                        f.writeLong(0);
                        f.writeLong(0);
                        f.writeDouble(0);
                        f.writeString(text);
                        f.writeBytes(null);
                        f.writeLongs(null);
                        f.writeString("GoodThenBadFrames.java");
                        f.writeInt(7);
                    });
                }
                out.flush();
                bytes.write(RawFrames.header(99, 0));
                RawFrames.write(bytes.toByteArray());
            }
            MP.sleep(60); // the kernel ends it long before
        });
        p.start();
        p.join();
        System.out.println("exit code " + p.exitCode());
    }
}
