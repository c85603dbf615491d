package org.proclab.ui.pool;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which pool the Pool tab shows: the one the user chose, or else the newest. Follows a run's pools
 * (such as {@code RunViewModel.poolsProperty()}); call it on the FX thread.
 */
public final class PoolViewModel {
    private final ObservableValue<List<PoolSnapshot>> pools;
    private final ObservableList<String> ids = FXCollections.observableArrayList();
    private final ObservableList<String> idsView = FXCollections.unmodifiableObservableList(ids);
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen");
    private final ReadOnlyObjectWrapper<PoolSnapshot> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public PoolViewModel(ObservableValue<List<PoolSnapshot>> pools) {
        this.pools = pools;
        pools.addListener((o, a, b) -> update());
        chosen.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        List<PoolSnapshot> all = pools.getValue() == null ? List.of() : pools.getValue();
        List<String> now = all.stream().map(PoolSnapshot::id).toList();
        if (!now.equals(ids)) {
            ids.setAll(now);
        }
        PoolSnapshot pick = null;
        for (PoolSnapshot p : all) {
            if (p.id().equals(chosen.get())) {
                pick = p;
            }
        }
        if (pick == null && !all.isEmpty()) {
            pick = all.get(all.size() - 1); // the newest: the one the program is using now
        }
        shown.set(pick);
    }

    /** The ids of the run's pools, in creation order. */
    public ObservableList<String> poolIds() {
        return idsView;
    }

    /** The pool the user picked; null (or one the run does not have) shows the newest. */
    public StringProperty chosenProperty() {
        return chosen;
    }

    /** The pool to draw, or null before the run creates one. */
    public ReadOnlyObjectProperty<PoolSnapshot> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public PoolSnapshot getShown() {
        return shown.get();
    }
}
