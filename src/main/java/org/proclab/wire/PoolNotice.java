package org.proclab.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the kernel tells a pool's owner, one record per event: a task's result (or failure), or a worker
 * that ended. The result payload inside stays opaque bytes from the worker.
 *
 * @param kind    {@link Kind#RESULT} or {@link Kind#WORKER_EXIT}
 * @param taskId  the task (RESULT), or for WORKER_EXIT the number of tasks still waiting
 * @param ok      whether the task succeeded
 * @param pid     the worker that ended (WORKER_EXIT)
 * @param text    the result's display string, the failure's reason, or the worker's name
 * @param payload the result or failure as the worker encoded it, or null
 */
public record PoolNotice(Kind kind, long taskId, boolean ok, long pid, String text, byte[] payload) {
    /** Most characters of text a notice carries. */
    private static final int TEXT_MAX = 8000;

    public enum Kind { RESULT, WORKER_EXIT }

    public static PoolNotice result(long taskId, boolean ok, String text, byte[] payload) {
        return new PoolNotice(Kind.RESULT, taskId, ok, 0, text, payload);
    }

    public static PoolNotice workerExit(long pid, String name, long tasksWaiting) {
        return new PoolNotice(Kind.WORKER_EXIT, tasksWaiting, false, pid, name, null);
    }

    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + (payload == null ? 0 : payload.length));
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(kind.ordinal());
            out.writeLong(taskId);
            out.writeBoolean(ok);
            out.writeLong(pid);
            out.writeUTF(text == null ? "" : text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text);
            out.writeInt(payload == null ? -1 : payload.length);
            if (payload != null) {
                out.write(payload);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PoolNotice parse(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int k = in.readByte();
        if (k < 0 || k >= Kind.values().length) {
            throw new IOException("unknown pool notice " + k);
        }
        long taskId = in.readLong();
        boolean ok = in.readBoolean();
        long pid = in.readLong();
        String text = in.readUTF();
        int n = in.readInt();
        byte[] payload = n >= 0 ? in.readNBytes(n) : null;
        return new PoolNotice(Kind.values()[k], taskId, ok, pid, text, payload);
    }
}
