package org.proclab.ui.present;

/** The parts of the main window that can be hidden, to give the rest the room. */
public enum Panel {
    LESSONS("lessons"),
    SOURCE("source"),
    CONSOLES("consoles"),
    TIMELINE("timeline");

    private final String id;

    Panel(String id) {
        this.id = id;
    }

    /** Used in ids and message keys. */
    public String id() {
        return id;
    }
}
