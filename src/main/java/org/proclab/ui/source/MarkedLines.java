package org.proclab.ui.source;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * A view of a program's lines with process markers on them, as {@link SourcePane} needs it to point at the
 * processes standing off screen: the lesson's {@link SourceView} and the playground's editor alike.
 */
public interface MarkedLines {
    /** The processes to mark, each on its line. */
    ObservableValue<List<CodeMarker>> markersProperty();

    /** The first line (from 1) on screen, or 0 when none is. */
    ReadOnlyIntegerProperty firstVisibleLineProperty();

    /** The last line (from 1) on screen, or 0 when none is. */
    ReadOnlyIntegerProperty lastVisibleLineProperty();

    /** Scrolls a line (from 1) into view with a few lines above it: the user asked for it. */
    void showLine(int line);
}
