package org.proclab.ui.run;

import java.util.Locale;

/** Where a run is, as the status bar and the Run/Stop buttons see it. */
public enum RunState {
    IDLE, STARTING, RUNNING, STOPPING, FINISHED, FAILED,
    /** A saved trace is shown: no processes, the timeline drives the views. */
    REPLAY;

    public boolean busy() {
        return this == STARTING || this == RUNNING || this == STOPPING;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
