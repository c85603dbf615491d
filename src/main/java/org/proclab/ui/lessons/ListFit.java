package org.proclab.ui.lessons;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * Gives the lesson list no more of the left column than its rows take, up to its share: blank rows under
 * the last lesson would only squeeze the chosen lesson's summary and narration below. Fits again when the
 * rows change (another lesson opens its variants, a title wraps in another language) or the column's size
 * does; a divider the user drags stays where it is until then.
 */
final class ListFit {
    private final SplitPane split;
    private final Node list;
    private final TreeView<?> tree;
    private final double share;
    private boolean queued;
    private boolean rowsHidden; // as wanted() last found them
    private boolean again; // the list was given its whole share to show every row: fit once more after that layout

    private ListFit(SplitPane split, Node list, TreeView<?> tree, double share) {
        this.split = split;
        this.list = list;
        this.tree = tree;
        this.share = share;
    }

    /** Keeps {@code list}, the first item of {@code split}, at most {@code share} of it and no taller than its rows. */
    static ListFit keep(SplitPane split, Node list, TreeView<?> tree, double share) {
        ListFit fit = new ListFit(split, list, tree, share);
        tree.expandedItemCountProperty().addListener(o -> fit.queue());
        split.heightProperty().addListener(o -> fit.queue());
        split.widthProperty().addListener(o -> fit.queue());
        split.getItems().addListener((ListChangeListener<Node>) c -> fit.queue());
        fit.queue();
        return fit;
    }

    /** Fits after the coming layout, once however many changes come before it (also for a change the caller sees: the language). */
    void queue() {
        if (queued) {
            return;
        }
        queued = true;
        Scene scene = split.getScene();
        if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
            // the rows are where they go only once the pulse has laid them out
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    queued = false;
                    fit();
                }
            });
            Platform.requestNextPulse();
        } else {
            Platform.runLater(() -> { // no window, no pulse: the rows are laid out here, then measured
                queued = false;
                split.applyCss();
                split.layout();
                fit();
            });
        }
    }

    /** The divider position the rows as laid out now ask for, or NaN when they cannot tell yet. */
    double wanted() {
        double height = split.getHeight();
        VirtualFlow<?> flow = tree.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        if (height <= 0 || flow == null || flow.getHeight() <= 0 || !(split.getItems().get(1) instanceof Region words)) {
            return Double.NaN;
        }
        int rows = flow.getCellCount();
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (rows == 0 || first == null || last == null || last.getHeight() <= 0) { // rows not laid out yet
            return Double.NaN;
        }
        // the list's part ends half a divider short of the position, and the divider takes some room: as laid out now
        double listNow = list.getLayoutBounds().getHeight();
        double offset = split.getDividerPositions()[0] * height - listNow;
        double divider = height - listNow - words.getHeight();
        // never so low that the words below are cut: they keep at least their minimum
        double most = Math.min(share, (height - divider - words.minHeight(words.getWidth()) + offset) / height);
        double bottom = last.getLayoutY() + last.getHeight();
        rowsHidden = first.getIndex() > 0 || last.getIndex() < rows - 1 || bottom > flow.getHeight() + 0.5;
        if (rowsHidden) {
            return most; // all it may have, then fit to what that shows
        }
        double blank = flow.getHeight() - bottom;
        return Math.min(most, (listNow - blank + offset) / height);
    }

    private void fit() {
        if (split.getItems().size() != 2 || split.getItems().get(0) != list) {
            return; // presentation mode took the list or the words away: nothing to share
        }
        double position = wanted();
        if (Double.isNaN(position)) {
            return;
        }
        double now = split.getDividerPositions()[0];
        if (Math.abs(position - now) * split.getHeight() < 1) {
            again = false;
            return;
        }
        split.setDividerPositions(position);
        if (rowsHidden && !again) {
            again = true;
            queue();
        } else {
            again = false;
        }
    }
}
