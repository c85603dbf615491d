package org.proclab.programs.hostile;

import java.io.OutputStream;
import java.lang.reflect.Field;
import org.proclab.worker.ControlClient;
import org.proclab.worker.WorkerRuntime;

/**
 * Lets a test program play a hostile worker: it writes raw bytes on its own control connection, past the
 * API that would never send them. Reaches the connection by reflection, as a determined program could.
 */
public final class RawFrames {
    private RawFrames() {}

    /** Writes {@code bytes} as they are on this process's control connection. */
    public static void write(byte[] bytes) throws Exception {
        ControlClient client = WorkerRuntime.get().client();
        Object frameOut = field(ControlClient.class, "out").get(client);
        synchronized (frameOut) {
            frameOut.getClass().getMethod("flush").invoke(frameOut);
            OutputStream raw = (OutputStream) field(frameOut.getClass(), "out").get(frameOut);
            raw.write(bytes);
            raw.flush();
        }
    }

    /** A frame header: type, then a length that need not be true. */
    public static byte[] header(int type, int length) {
        return new byte[] {(byte) type, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
