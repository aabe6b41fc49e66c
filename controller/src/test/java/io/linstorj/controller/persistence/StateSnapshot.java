package io.linstorj.controller.persistence;

import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.TableView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Every persisted table of a desired state as plain maps, to compare memory with the database. */
final class StateSnapshot {
    private StateSnapshot() {}

    /** The committed state in memory. */
    static Map<String, Map<Object, Object>> of(GuardedState guarded) {
        return guarded.read(StateSnapshot::of);
    }

    /** What {@code store} loads from the database. */
    static Map<String, Map<Object, Object>> load(JdbcStateStore store) throws Exception {
        DesiredState loaded = new DesiredState();
        store.loadInto(loaded);
        return of(loaded);
    }

    static Map<String, Map<Object, Object>> of(DesiredState state) {
        Map<String, Map<Object, Object>> tables = new LinkedHashMap<>();
        tables.put("nodes", copy(state.nodes()));
        tables.put("storagePoolDefinitions", copy(state.storagePoolDefinitions()));
        tables.put("storagePools", copy(state.storagePools()));
        tables.put("resourceDefinitions", copy(state.resourceDefinitions()));
        tables.put("volumeDefinitions", copy(state.volumeDefinitions()));
        tables.put("resources", copy(state.resources()));
        tables.put("volumes", copy(state.volumes()));
        tables.put("keyValueStores", copy(state.keyValueStores()));
        tables.put("controllerProps", copy(state.controllerProps()));
        tables.put("resourceGroups", copy(state.resourceGroups()));
        tables.put("volumeGroups", copy(state.volumeGroups()));
        tables.put("snapshotDefinitions", copy(state.snapshotDefinitions()));
        tables.put("snapshots", copy(state.snapshots()));
        return tables;
    }

    private static Map<Object, Object> copy(TableView<?, ?> table) {
        Map<Object, Object> rows = new TreeMap<>();
        rows.putAll(table.rows());
        return rows;
    }
}
