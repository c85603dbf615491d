package org.proclab.ui.present;

/**
 * The parts of the main window that can be hidden, to give the rest the room. The lesson list and the
 * lesson's narration (with its prediction card) share the left column, which goes when both are hidden.
 */
public enum Panel {
    LESSONS("lessons"),
    SOURCE("source"),
    CONSOLES("consoles"),
    TIMELINE("timeline"),
    NARRATION("narration");

    private final String id;

    Panel(String id) {
        this.id = id;
    }

    /** Used in ids and message keys. */
    public String id() {
        return id;
    }
}
