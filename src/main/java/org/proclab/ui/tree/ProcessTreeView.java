package org.proclab.ui.tree;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.proclab.ui.i18n.I18n;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.tree.skin.ProcessTreeViewSkin;

/**
 * The live process tree: one box per process, each parent above the children it started, joined by
 * lines. A box shows the process's name, pid, ppid, state, exit code and CPU time, and the call its main
 * thread waits in ("⏳ recv() on pipe-1:0"); its state is a CSS pseudo-class ({@code :starting :running
 * :zombie :exited :orphan :failed :blocked :deadlocked}) on the {@code .process-node} box, styled in
 * {@code styles/process-tree.css}. A parent of many children draws the childless ones as small boxes
 * ({@code .process-mini}) that wrap under it, counted by state, with the whole box of the one selected beside them.
 */
public class ProcessTreeView extends Control {
    private static final String STYLESHEET = "/styles/process-tree.css";

    private final ObservableList<ProcessNode> processes = FXCollections.observableArrayList();
    private final ObjectProperty<ResourceBundle> resources =
            new SimpleObjectProperty<>(this, "resources", I18n.bundle(I18n.systemDefault()));
    private final ObjectProperty<Long> selectedPid = new SimpleObjectProperty<>(this, "selectedPid");

    public ProcessTreeView() {
        getStyleClass().setAll("process-tree-view");
        setFocusTraversable(false);
    }

    /**
     * Draws {@code processes}, following it. Not {@code Bindings.bindContent}: that copies a replaced node as a
     * removal and then an addition, and a process that went and came back has its box made anew, so every CPU
     * sample rebuilt a box and redid the whole tree, twice, and a click on a box that was rebuilt between the
     * press and the release was lost. A replacement is copied as one.
     */
    public ProcessTreeView(ObservableList<ProcessNode> processes) {
        this();
        this.processes.setAll(processes);
        mirror = c -> follow(c, processes);
        processes.addListener(new WeakListChangeListener<>(mirror)); // the source may outlive this view
    }

    /** Held here: the source holds its listener weakly. */
    private ListChangeListener<ProcessNode> mirror;

    private void follow(ListChangeListener.Change<? extends ProcessNode> c, List<ProcessNode> source) {
        while (c.next()) {
            int from = c.getFrom();
            if (c.wasPermutated()) {
                processes.subList(from, c.getTo()).clear();
                processes.addAll(from, source.subList(from, c.getTo()));
            } else if (c.wasReplaced() && c.getAddedSize() == c.getRemovedSize()) {
                for (int i = from; i < c.getTo(); i++) {
                    processes.set(i, source.get(i));
                }
            } else {
                if (c.wasRemoved()) {
                    processes.subList(from, from + c.getRemovedSize()).clear();
                }
                if (c.wasAdded()) {
                    processes.addAll(from, c.getAddedSubList());
                }
            }
        }
    }

    /** The processes to draw, in START order; replace a node to redraw it. */
    public ObservableList<ProcessNode> getProcesses() {
        return processes;
    }

    /** Where the box texts ("exit code", "zombie", ...) come from. */
    public ObjectProperty<ResourceBundle> resourcesProperty() {
        return resources;
    }

    public ResourceBundle getResources() {
        return resources.get();
    }

    public void setResources(ResourceBundle b) {
        resources.set(b);
    }

    /** The process whose box was clicked last, or null. */
    public ObjectProperty<Long> selectedPidProperty() {
        return selectedPid;
    }

    public Long getSelectedPid() {
        return selectedPid.get();
    }

    public void setSelectedPid(Long pid) {
        selectedPid.set(pid);
    }

    /** Its height depends on its width: a big family's small boxes wrap to the width it is given. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ProcessTreeViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ProcessTreeView.class.getResource(STYLESHEET).toExternalForm();
    }
}
