package org.proclab.kernel;

import java.nio.ByteBuffer;
import java.util.List;
import org.proclab.kernel.IpcObject.LockObj;
import org.proclab.trace.Event;
import org.proclab.trace.EventKind;
import org.proclab.wire.Wire;

/**
 * Shared arrays, Python's {@code Array('i', ...)}: a fixed number of cells of one number type (int, long or
 * double), each read and written on its own, so that an unlocked read-modify-write of a cell can lose an
 * update, as with a {@code Value}. The kernel keeps the cells as the fixed-width big-endian numbers the
 * worker sends (4 bytes for an int, 8 for a long or a double) and reads them only to show them; the array
 * comes with its own lock. Its bytes count as held kernel memory for the whole run. Lock held.
 */
final class SharedArrays {
    /** The most cells one array may have. */
    static final int MAX_CELLS = 1 << 20;
    /** How many cells an event about the whole array shows (its creation, a[:], a[:] = xs): as many as the array view draws. */
    static final int PREVIEW = 32;

    static final class ArrayObj extends IpcObject {
        final char typecode;
        final int width;
        final byte[] cells;
        final LockObj lock;

        ArrayObj(long id, String name, char typecode, byte[] cells, LockObj lock) {
            super(id, name);
            this.typecode = typecode;
            this.width = width(typecode);
            this.cells = cells;
            this.lock = lock;
        }

        int length() {
            return cells.length / width;
        }

        String show(int i) {
            ByteBuffer b = ByteBuffer.wrap(cells, i * width, width);
            return switch (typecode) {
                case 'i' -> Integer.toString(b.getInt());
                case 'l' -> Long.toString(b.getLong());
                default -> Double.toString(b.getDouble());
            };
        }

        String show(int from, int to) {
            StringBuilder s = new StringBuilder("[");
            for (int i = from; i < to; i++) {
                s.append(i > from ? ", " : "").append(show(i));
            }
            return s.append(to < length() ? ", …]" : "]").toString();
        }
    }

    private final Kernel kernel;
    private final Ipc ipc;
    private final Handles handles;
    private final FlowControl flow;

    SharedArrays(Kernel kernel, Ipc ipc) {
        this.kernel = kernel;
        this.ipc = ipc;
        this.handles = ipc.handles;
        this.flow = ipc.flow;
    }

    static int width(char typecode) {
        return typecode == 'i' ? 4 : 8;
    }

    /** ARRAY_NEW: text = type code (i, l, d), {@code a} = its lock's id, payload = the cells. */
    void create(OpRequest r, Locks locks) {
        String t = r.text();
        byte[] cells = r.payload() == null ? new byte[0] : r.payload();
        if (t == null || !t.matches("[ild]")) {
            kernel.refuse(r, null, "an array's type code is i (int), l (long) or d (double)");
            return;
        }
        int width = width(t.charAt(0));
        if (cells.length % width != 0 || cells.length / width > MAX_CELLS) {
            kernel.refuse(r, null, "an array holds at most " + MAX_CELLS + " cells of " + width + " bytes");
            return;
        }
        String why = handles.idProblem(r.pid(), r.obj());
        if (why != null || r.a() == r.obj()) {
            kernel.refuse(r, null, why != null ? why : "an array and its lock need two ids");
            return;
        }
        if (!flow.memoryAdmits(cells.length)) {
            kernel.refuse(r, null, "ProcLab's memory for shared data (" + (flow.memory() >> 20) + " MiB) is full");
            return;
        }
        String name = ipc.nextName("array");
        LockObj lock = locks.create(r, r.a(), name + ".lock", false);
        if (lock == null) {
            return;
        }
        ArrayObj a = new ArrayObj(r.obj(), name, t.charAt(0), cells.clone(), lock);
        handles.register(r, a.id, a);
        flow.hold(cells.length);
        kernel.event(r, EventKind.ARRAY_NEW, a.name, t + ":" + a.show(0, Math.min(PREVIEW, a.length())), a.length());
        handles.grant(r.pid(), a, 0, "create", r);
        kernel.reply(r, Wire.OK, 0, null);
    }

    private ArrayObj array(OpRequest r) {
        return ipc.held(r, ArrayObj.class, "shared array");
    }

    /** The cell {@code a} names, or -1 (refused) if it is outside the array. */
    private int cell(OpRequest r, ArrayObj arr) {
        if (r.a() < 0 || r.a() >= arr.length()) {
            kernel.refuse(r, arr.name, "index " + r.a() + " is outside " + arr.name + " (length " + arr.length() + ")");
            return -1;
        }
        return (int) r.a();
    }

    /** ARRAY_GET: {@code a} = index, or {@code b} = 1 for every cell. */
    void get(OpRequest r) {
        ArrayObj arr = array(r);
        if (arr == null) {
            return;
        }
        if (r.b() == 1) {
            kernel.event(r, EventKind.ARRAY_GET, arr.name, arr.show(0, Math.min(arr.length(), PREVIEW)), Event.NO_NUM);
            kernel.reply(r, Wire.OK, arr.length(), null, List.of(arr.cells.clone()), 0);
            return;
        }
        int i = cell(r, arr);
        if (i >= 0) {
            byte[] one = new byte[arr.width];
            System.arraycopy(arr.cells, i * arr.width, one, 0, arr.width);
            kernel.event(r, EventKind.ARRAY_GET, arr.name, arr.show(i), i);
            kernel.reply(r, Wire.OK, 0, null, List.of(one), 0);
        }
    }

    /** ARRAY_SET: {@code a} = index and one cell, or {@code b} = 1 and every cell (Python's {@code arr[:] = ...}). */
    void set(OpRequest r) {
        ArrayObj arr = array(r);
        if (arr == null) {
            return;
        }
        byte[] p = r.payload() == null ? new byte[0] : r.payload();
        if (r.b() == 1) {
            if (p.length != arr.cells.length) {
                kernel.refuse(r, arr.name, "can only assign " + arr.length() + " values to all of " + arr.name);
                return;
            }
            System.arraycopy(p, 0, arr.cells, 0, p.length);
            kernel.event(r, EventKind.ARRAY_SET, arr.name, arr.show(0, Math.min(arr.length(), PREVIEW)), Event.NO_NUM);
            kernel.reply(r, Wire.OK, 0, null);
            return;
        }
        int i = cell(r, arr);
        if (i < 0) {
            return;
        }
        if (p.length != arr.width) {
            kernel.refuse(r, arr.name, "a cell of " + arr.name + " takes " + arr.width + " bytes");
            return;
        }
        System.arraycopy(p, 0, arr.cells, i * arr.width, arr.width);
        kernel.event(r, EventKind.ARRAY_SET, arr.name, arr.show(i), i);
        kernel.reply(r, Wire.OK, 0, null);
    }
}
