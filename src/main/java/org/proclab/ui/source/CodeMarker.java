package org.proclab.ui.source;

/**
 * A process standing on a line of the shown program: the line of its latest event there.
 *
 * @param pid        the process
 * @param name       its name, as its START gave it
 * @param colorIndex its colour (its START order), as in the other views
 * @param line       the line, from 1
 */
public record CodeMarker(long pid, String name, int colorIndex, int line) {
}
