package org.proclab.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.StyleOrigin;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import org.proclab.trace.Event;
import org.proclab.trace.PipeRunTrace;
import org.proclab.ui.run.RunState;
import org.proclab.ui.run.RunViewModel;

/**
 * Before the window shows, it plays a made-up run once ({@link PipeRunTrace}: a pipe, two processes, their
 * lines, their ends) through its own views, styled and laid out, then forgets it. The first frames of a
 * window's first run with content cost the FX thread 50 to 100 ms each on a 2-core laptop against 10 to 20 for
 * the same frames later: classes loaded, styles matched and code compiled on first use. Played here, that cost
 * is part of the start (about half a second there), and the student's first run draws as smoothly as the next.
 * Nothing of it stays: the run's views are reset as between two runs, its tabs close without the animation that
 * would still be running when the window shows, and nobody can act before the window shows.
 */
public final class ViewsRehearsal {
    /** Events played, in {@link #STEPS} parts: fewer left the first flood's first frame as slow as before. */
    static final int EVENTS = 3_000;
    static final int STEPS = 6;
    /** The source file its events name. */
    static final String REHEARSAL_FILE = "ProcLabRehearsal.java";

    private ViewsRehearsal() {}

    /**
     * Plays the run in the views of {@code vm}, whose window's scene has {@code root}; nothing if a run is already
     * there. Call on the FX thread, after the window has its scene and before it shows.
     */
    public static void play(MainViewModel vm, Parent root) {
        RunViewModel run = vm.runModel();
        if (run.stateProperty().get() != RunState.IDLE || run.eventCountProperty().get() != 0) {
            return;
        }
        Long chosen = vm.selectedPidProperty().get();
        Map<StyleableProperty<Object>, Setting> animations = withoutTabAnimations(root);
        // a source file no program has: the shown program's lines are not marked, nor scrolled to
        List<Event> events = PipeRunTrace.events(EVENTS, REHEARSAL_FILE);
        int step = (events.size() + STEPS - 1) / STEPS;
        for (int from = 0; from < events.size(); from += step) {
            run.apply(events.subList(from, Math.min(events.size(), from + step))); // taken in as it is read
            root.applyCss();
            root.layout();
        }
        run.reset();
        vm.selectedPidProperty().set(chosen);
        root.applyCss();
        root.layout();
        putBack(animations);
    }

    /**
     * Turns off the opening and closing animations of every tab pane under {@code root}, returning what they were
     * (to put back with {@link #putBack}). A console tab closed by the rehearsal's reset would otherwise still be
     * closing when the window shows, its header animated away over a fraction of a second beside the next run's new
     * ones, where a window that never rehearsed has none. Set through the skin's CSS properties
     * ({@code -fx-open-tab-animation}, {@code -fx-close-tab-animation}): a style sheet cannot say {@code NONE}, as
     * the CSS parser reads "none" as no value at all, which the skin takes for its default, to animate.
     */
    @SuppressWarnings("unchecked")
    private static Map<StyleableProperty<Object>, Setting> withoutTabAnimations(Parent root) {
        Map<StyleableProperty<Object>, Setting> was = new LinkedHashMap<>();
        root.applyCss(); // the tab panes' skins, whose properties these are
        for (Node n : root.lookupAll(".tab-pane")) {
            if (!(n instanceof TabPane pane)) {
                continue;
            }
            for (CssMetaData<? extends Styleable, ?> md : pane.getCssMetaData()) {
                if (!md.getProperty().endsWith("-tab-animation")) {
                    continue;
                }
                StyleableProperty<Object> p = (StyleableProperty<Object>) ((CssMetaData<TabPane, ?>) md).getStyleableProperty(pane);
                Enum<?> none = p == null ? null : noAnimation(p.getValue());
                if (none != null) {
                    was.put(p, new Setting(p.getValue(), p.getStyleOrigin()));
                    p.applyStyle(StyleOrigin.USER, none);
                }
            }
        }
        return was;
    }

    /** The NONE of the skin's animation enum that {@code value} belongs to, or null if it is not one. */
    private static Enum<?> noAnimation(Object value) {
        if (value instanceof Enum<?> animation) {
            for (Enum<?> choice : animation.getDeclaringClass().getEnumConstants()) {
                if (choice.name().equals("NONE")) {
                    return choice;
                }
            }
        }
        return null;
    }

    /** A CSS property's value and who set it (null: nobody, its default). */
    private record Setting(Object value, StyleOrigin origin) {}

    /** The tab panes' animations as they were, set as they were (so their style sheets set them again). */
    private static void putBack(Map<StyleableProperty<Object>, Setting> animations) {
        animations.forEach((p, was) -> p.applyStyle(was.origin(), was.value()));
    }
}
