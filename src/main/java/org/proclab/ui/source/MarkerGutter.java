package org.proclab.ui.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What a line's gutter shows and which colour tints the line, the same in the lesson's {@link SourceView} and the
 * playground's editor: up to {@link #MAX_PILLS} pills (short names when processes share the line), a count of the
 * others; the line in the colour of the process waiting there for its turn, else of the first one standing there.
 */
public final class MarkerGutter {
    /** Pills drawn on one line; the others are counted. */
    public static final int MAX_PILLS = 2;
    /** Space between two things in a gutter. */
    private static final double GAP = 2;
    /** A count's width by its number of characters. */
    private static final Map<Integer, Double> COUNT_WIDTHS = new ConcurrentHashMap<>();
    /** The markers a gutter shows now, in its properties. */
    private static final Object SHOWN = new Object();

    private MarkerGutter() {}

    /** An empty gutter of a fixed width, so that the code never shifts when a pill comes or goes. */
    public static HBox create(double width) {
        HBox gutter = new HBox(GAP);
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
        double width = gutter.getPrefWidth();
        int n = pillsFitting(here.size(), width);
        List<CodeMarker> pills = here.subList(0, n);
        // only a count beyond the pills can change while the pills stay: as many pills before, and a count
        boolean samePills = shown instanceof List<?> before && before.size() > n && here.size() > n
                && pillsFitting(before.size(), width) == n && before.subList(0, n).equals(pills);
        if (!samePills) {
            boolean compact = here.size() > 1;
            gutter.getChildren().setAll(pills.stream().map(m -> SourceView.pill(m, compact)).toList());
        }
        if (here.size() > n) {
            Label more = samePills ? (Label) gutter.getChildren().get(gutter.getChildren().size() - 1) : new Label();
            if (!samePills) {
                more.getStyleClass().add("more-markers");
                more.setMinWidth(Region.USE_PREF_SIZE);
                more.setTooltip(new Tooltip());
                gutter.getChildren().add(more);
            }
            more.setText(count(here.size() - n));
            more.getTooltip().setText(String.join("\n",
                    here.stream().skip(n).map(m -> m.name() + " (" + m.pid() + ")").toList()));
        }
    }

    /**
     * How many pills a gutter {@code width} wide shows for {@code standing} processes: up to {@link #MAX_PILLS}, fewer
     * when the count of the others would not fit beside them ("+98" where a hundred children wait on one line).
     */
    static int pillsFitting(int standing, double width) {
        if (standing <= 1) {
            return standing;
        }
        int pills = Math.min(MAX_PILLS, standing);
        while (pills > 1) {
            int others = standing - pills;
            double needed = pills * (SourceView.COMPACT_PILL_WIDTH + GAP) + (others > 0 ? countWidth(others) : 0);
            if (needed <= width) {
                break;
            }
            pills--;
        }
        return pills;
    }

    private static String count(int others) {
        return "+" + others;
    }

    /** The width of a count's text in the count's font (styles/code-markers.css, .more-markers), measured once per length. */
    private static double countWidth(int others) {
        return COUNT_WIDTHS.computeIfAbsent(count(others).length(), len -> {
            Text t = new Text("+" + "8".repeat(len - 1));
            t.setFont(Font.font("System", 10));
            return Math.ceil(t.getLayoutBounds().getWidth()) + 1;
        });
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
