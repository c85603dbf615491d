package org.proclab.ui.console;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.proclab.ui.control.ListEnd;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ConsoleLine;

/**
 * A console: a virtualised list of lines (only the visible ones become nodes, so 100,000 lines cost
 * nothing to show) that follows the newest line unless the user has scrolled up to read.
 */
public final class ConsoleView extends ListView<ConsoleLine> {
    private boolean following = true;
    private boolean scrollPending;
    private final javafx.beans.InvalidationListener relabel = o -> refresh();
    private final ListChangeListener<ConsoleLine> follow;

    public ConsoleView(ObservableList<ConsoleLine> lines, boolean showPrefix, I18n i18n) {
        this(lines, showPrefix, i18n, new javafx.beans.property.SimpleObjectProperty<>());
    }

    /** With the run's deadlock story, which tells the kernel's deadlock line in the UI language. */
    public ConsoleView(ObservableList<ConsoleLine> lines, boolean showPrefix, I18n i18n,
                       javafx.beans.value.ObservableValue<org.proclab.ui.ipc.DeadlockStory> deadlock) {
        super(lines);
        getStyleClass().add("console");
        setCellFactory(v -> new ConsoleCell(showPrefix, i18n, deadlock));
        deadlock.addListener(new javafx.beans.WeakInvalidationListener(relabel));
        setFixedCellSize(22); // equal rows let the list skip measuring 100,000 cells
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("console.empty"));
        empty.getStyleClass().add("console-placeholder");
        setPlaceholder(empty);
        // the lines ProcLab writes itself ("ended: ...") are in the UI language: redraw them when it changes
        i18n.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        // scrolled once per frame, when laid out: a flood changes the lines many times between two frames
        follow = c -> {
            if (following && !scrollPending) {
                scrollPending = true;
                requestLayout();
            }
        };
        // weakly: a console no longer shown (another process chosen) must not live as long as its lines
        lines.addListener(new javafx.collections.WeakListChangeListener<>(follow));
        // the user scrolling decides whether we follow: at the bottom we do, above it we leave them be
        addEventFilter(ScrollEvent.SCROLL, e -> Platform.runLater(this::updateFollowing));
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::updateFollowing));
        addEventFilter(KeyEvent.KEY_RELEASED, e -> Platform.runLater(this::updateFollowing));
    }

    @Override
    protected void layoutChildren() {
        boolean scrolled = false;
        if (scrollPending) {
            scrollPending = false;
            if (following && !getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
                scrolled = true;
            }
        }
        super.layoutChildren();
        if (scrolled) {
            ListEnd.settle(this);
        }
    }

    private void updateFollowing() {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        following = last == null || last.getIndex() >= getItems().size() - 1;
    }

    /** Whether new lines scroll into view. */
    public boolean isFollowing() {
        return following;
    }
}
