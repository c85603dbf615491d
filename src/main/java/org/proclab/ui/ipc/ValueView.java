package org.proclab.ui.ipc;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Skin;
import org.proclab.ui.control.SnapshotView;
import org.proclab.ui.ipc.skin.ValueViewSkin;

/**
 * Lesson 4's shared values. For each value, its current value in large type, then every read and write,
 * oldest first, each with its process. A lost update shows as a write marked {@code :lost} (a later write of
 * another process was based on a read taken before it) and the write that overwrote it, marked {@code :stale},
 * as is the read it was based on. Styled in {@code styles/value-view.css}; rows are {@code .access} with
 * {@code :read :write :lost :stale}.
 */
public class ValueView extends SnapshotView<ValuesModel.Snapshot> {
    public static final PseudoClass READ = PseudoClass.getPseudoClass("read");
    public static final PseudoClass WRITE = PseudoClass.getPseudoClass("write");
    public static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private static final String STYLESHEET = "/styles/value-view.css";

    public ValueView() {
        super("value-view", STYLESHEET, ValuesModel.Snapshot.EMPTY);
    }

    /** A view that follows a model's state, such as {@code IpcViewModel.valuesProperty()}. */
    public ValueView(ObservableValue<ValuesModel.Snapshot> source) {
        this();
        follow(source);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ValueViewSkin(this);
    }
}
