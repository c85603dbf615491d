package org.proclab.ui.enumerate;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.enumerate.skin.EnumerationViewSkin;

/**
 * Lesson 6's live view: one column per version of the job (one process, a process per directory, a
 * pool), side by side. In each column a bar per directory grows with the files its process has found,
 * drawn in that process's colour; under it the version's total and its time, as a bar scaled to the
 * slowest version. Styled in {@code styles/enumerate-view.css}; states are pseudo-classes:
 * {@code .version-column:waiting :running :finished :current :fastest}, {@code .lane:done :unreadable} and
 * {@code .comparison-part:slower}. Under the columns, once one process and another version have finished,
 * {@code .comparison} says why their times differ ({@link EnumerationComparison}).
 */
public class EnumerationView extends SnapshotView<EnumerationModel.Snapshot> {
    public static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass FASTEST = PseudoClass.getPseudoClass("fastest");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    public static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");
    /** On a {@code .comparison-part} whose version took longer than one process. */
    public static final PseudoClass SLOWER = PseudoClass.getPseudoClass("slower");

    private static final String STYLESHEET = "/styles/enumerate-view.css";

    public EnumerationView() {
        super("enumeration-view", STYLESHEET, EnumerationModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code EnumerationViewModel.enumerationProperty()}. */
    public EnumerationView(ObservableValue<EnumerationModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EnumerationViewSkin(this);
    }
}
