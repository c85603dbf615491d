package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.proclab.trace.Event;
import org.proclab.ui.model.DeadlockReport;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessNode;
import org.proclab.ui.model.ProcessTreeModel;

/** The process tree and the run's deadlock report, published for the views: a node only when it changed. */
final class ProcessesFold implements Fold<ProcessTreeModel> {
    private ProcessTreeModel tree = new ProcessTreeModel();
    private long published = -1;
    private final ObservableList<ProcessNode> processes = FXCollections.observableArrayList();
    // made once: such a view listens to its list weakly, so it must live as long as we do
    private final ObservableList<ProcessNode> processesView = FXCollections.unmodifiableObservableList(processes);
    private final ReadOnlyObjectWrapper<DeadlockReport> deadlock = new ReadOnlyObjectWrapper<>(this, "deadlock");

    @Override
    public void foldQuietly(List<Event> batch) {
        for (Event e : batch) {
            tree.apply(e);
        }
    }

    @Override
    public void apply(List<Event> batch) {
        foldQuietly(batch);
        publish();
    }

    @Override
    public void reset() {
        tree = new ProcessTreeModel();
        published = -1;
        publish();
    }

    @Override
    public ProcessTreeModel snapshot() {
        return tree.copy();
    }

    @Override
    public void restore(ProcessTreeModel saved) {
        tree = saved.copy(); // the checkpoint stays as it was
        published = -1;
    }

    private void publish() {
        if (tree.changeCount() == published) {
            return;
        }
        published = tree.changeCount();
        List<ProcessNode> now = new ArrayList<>(tree.processes());
        for (int i = 0; i < Math.min(processes.size(), now.size()); i++) {
            if (processes.get(i) != now.get(i)) {
                processes.set(i, now.get(i));
            }
        }
        if (now.size() > processes.size()) {
            processes.addAll(now.subList(processes.size(), now.size()));
        } else if (now.size() < processes.size()) {
            processes.remove(now.size(), processes.size()); // the timeline moved back before they started
        }
        deadlock.set(tree.deadlock());
    }

    ProcessTreeModel tree() {
        return tree;
    }

    ObservableList<ProcessNode> processes() {
        return processesView;
    }

    ReadOnlyObjectProperty<DeadlockReport> deadlockProperty() {
        return deadlock.getReadOnlyProperty();
    }
}
