package org.proclab.ui.source;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * What a line's gutter shows and which colour tints the line, the same in the lesson's {@link SourceView} and the
 * playground's editor: up to {@link #MAX_PILLS} pills (short names when processes share the line), a count of the
 * others; the line in the colour of the process waiting there for its turn, else of the first one standing there.
 */
public final class MarkerGutter {
    /** Pills drawn on one line; the others are counted. */
    public static final int MAX_PILLS = 2;
    /** The markers a gutter shows now, in its properties. */
    private static final Object SHOWN = new Object();

    private MarkerGutter() {}

    /** An empty gutter of a fixed width, so that the code never shifts when a pill comes or goes. */
    public static HBox create(double width) {
        HBox gutter = new HBox(2);
        gutter.getStyleClass().add("marker-gutter");
        gutter.setAlignment(Pos.CENTER_LEFT);
        gutter.setMinWidth(width);
        gutter.setPrefWidth(width);
        gutter.setMaxWidth(width);
        return gutter;
    }

    /**
     * Puts the pills of the processes standing on a line into its gutter. What it shows already stays: the same
     * markers keep their pills; when only those beyond the pills changed (children arriving at a line where many
     * stand), only the count and its tooltip change.
     */
    public static void fill(HBox gutter, List<CodeMarker> here) {
        Object shown = gutter.getProperties().get(SHOWN);
        if (here.equals(shown)) {
            return;
        }
        gutter.getProperties().put(SHOWN, List.copyOf(here));
        List<CodeMarker> pills = here.subList(0, Math.min(MAX_PILLS, here.size()));
        // only a count beyond the pills can change while the pills stay: both lists longer than the pills
        boolean samePills = shown instanceof List<?> before && before.size() > MAX_PILLS && here.size() > MAX_PILLS
                && before.subList(0, MAX_PILLS).equals(pills);
        if (!samePills) {
            boolean compact = here.size() > 1;
            gutter.getChildren().setAll(pills.stream().map(m -> SourceView.pill(m, compact)).toList());
        }
        if (here.size() > MAX_PILLS) {
            Label more = samePills ? (Label) gutter.getChildren().get(gutter.getChildren().size() - 1) : new Label();
            if (!samePills) {
                more.getStyleClass().add("more-markers");
                more.setTooltip(new Tooltip());
                gutter.getChildren().add(more);
            }
            more.setText("+" + (here.size() - MAX_PILLS));
            more.getTooltip().setText(String.join("\n",
                    here.stream().skip(MAX_PILLS).map(m -> m.name() + " (" + m.pid() + ")").toList()));
        }
    }

    /**
     * The colour index to tint a line in, or -1 for none: the waiting process's (pending lines: line → colour index),
     * else the first one standing there.
     */
    public static int lineColour(int line, Map<Integer, Integer> pending, List<CodeMarker> here) {
        Integer waiting = pending.get(line);
        if (waiting != null) {
            return waiting;
        }
        return here.isEmpty() ? -1 : here.get(0).colorIndex();
    }
}
