package org.proclab.ui.run;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.trace.Event;
import org.proclab.ui.model.Fold;
import org.proclab.ui.model.ProcessTable;
import org.proclab.ui.pool.PoolModel;
import org.proclab.ui.pool.PoolSnapshot;

/** The run's process pools, published for the views whenever one changed. */
final class PoolsFold implements Fold<PoolModel> {
    private final ProcessTable processes;
    private PoolModel pool;
    private long published = -1;
    private final ReadOnlyObjectWrapper<List<PoolSnapshot>> pools = new ReadOnlyObjectWrapper<>(this, "pools", List.of());

    PoolsFold(ProcessTable processes) {
        this.processes = processes;
        pool = new PoolModel(processes);
    }

    @Override
    public void foldQuietly(List<Event> batch) {
        for (Event e : batch) {
            pool.apply(e);
        }
    }

    @Override
    public void apply(List<Event> batch) {
        foldQuietly(batch);
        if (pool.changeCount() != published) {
            published = pool.changeCount();
            pools.set(pool.pools());
        }
    }

    @Override
    public void reset() {
        pool = new PoolModel(processes);
        published = -1;
        pools.set(List.of());
    }

    @Override
    public PoolModel snapshot() {
        return pool.copy();
    }

    @Override
    public void restore(PoolModel saved) {
        pool = saved.copy(); // the checkpoint stays as it was
        published = -1;
    }

    ReadOnlyObjectProperty<List<PoolSnapshot>> poolsProperty() {
        return pools.getReadOnlyProperty();
    }
}
