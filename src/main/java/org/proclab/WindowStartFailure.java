package org.proclab;

import java.util.Optional;
import java.util.ResourceBundle;
import org.proclab.i18n.Messages;

/**
 * Why the window could not open, in a sentence, when JavaFX's toolkit fails to start: no display to draw on
 * (a terminal over SSH, a server) or no GTK 3 library on Linux. JavaFX says so only in a stack trace.
 */
final class WindowStartFailure {
    private WindowStartFailure() {}

    /** The sentence for {@code failure} (or one of its causes), or empty if it is not a toolkit that failed to start. */
    static Optional<String> explain(Throwable failure, ResourceBundle b) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to open DISPLAY")) {
                String display = System.getenv("DISPLAY");
                return Optional.of(Messages.text(b, "startup.noDisplay",
                        display == null || display.isBlank() ? Messages.text(b, "startup.displayUnset") : display));
            }
            if (m.contains("Unable to load glass GTK library")) {
                return Optional.of(Messages.text(b, "startup.noGtk"));
            }
        }
        return Optional.empty();
    }
}
