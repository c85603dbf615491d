package org.proclab.ui.ipc;

/**
 * A process as the IPC views show it: its name, its colour (its place in START order, as in every
 * other view) and whether it has ended.
 *
 * @param pid        its pid
 * @param name       its name (MainProcess, consumer, ...)
 * @param colorIndex its place in START order, for {@link org.proclab.ui.control.ProcessPalette}; -1 if unknown
 * @param ended      an EXIT was seen
 * @param endedHow   how it ended ("returned", "terminated (SIGTERM)", ...), or null
 */
public record IpcProcess(long pid, String name, int colorIndex, boolean ended, String endedHow) {

    /** A pid that acts in the log without a START (a trace cut at the front). */
    static IpcProcess unknown(long pid) {
        return new IpcProcess(pid, "pid " + pid, -1, false, null);
    }

    static IpcProcess of(org.proclab.ui.model.ProcessTable.Info p) {
        return new IpcProcess(p.pid(), p.name(), p.colorIndex(), p.ended(), p.endedHow());
    }
}
