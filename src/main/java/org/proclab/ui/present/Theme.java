package org.proclab.ui.present;

/** The window's colours: the usual light one, or white and yellow on black for a projector. */
public enum Theme {
    LIGHT(null),
    HIGH_CONTRAST("/styles/theme-high-contrast.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The stylesheet added after the window's own ones, or null for none. */
    public String stylesheet() {
        return stylesheet == null ? null : Theme.class.getResource(stylesheet).toExternalForm();
    }
}
