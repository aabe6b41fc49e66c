package io.linstorj.controller.state;

import io.linstorj.controller.cluster.KeyValueEntryKey;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceConnection;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Summarises the rows a batch changed into a {@link StateChange}: which nodes and resources it touched. */
final class StateChanges {
    private StateChanges() {}

    /** Summarises {@code changes}, reading the committed {@code state} for replicas and peers. */
    static StateChange summarise(long version, List<Change> changes, DesiredState state) {
        Set<String> nodes = new HashSet<>();
        Set<String> nodeRecords = new HashSet<>();
        Set<String> resources = new HashSet<>();
        Set<String> keyValueStores = new HashSet<>();
        boolean controllerProps = false;
        for (Change change : changes) {
            Object value = change.after() != null ? change.after() : change.before();
            switch (change.table()) {
                case NODES -> {
                    nodes.add(((Node) value).name());
                    nodeRecords.add(((Node) value).name());
                }
                case STORAGE_POOLS -> nodes.add(((StoragePool) value).nodeName());
                case STORAGE_POOL_DEFINITIONS -> addNodesWithPool(((StoragePoolDefinition) value).name(), state, nodes);
                case RESOURCE_DEFINITIONS -> resources.add(((ResourceDefinition) value).name());
                case VOLUME_DEFINITIONS -> resources.add(((VolumeDefinition) value).resourceName());
                case RESOURCES -> {
                    Resource resource = (Resource) value;
                    resources.add(resource.resourceName());
                    nodes.add(resource.nodeName());
                }
                case VOLUMES -> {
                    Volume volume = (Volume) value;
                    resources.add(volume.resourceName());
                    nodes.add(volume.nodeName());
                }
                case RESOURCE_CONNECTIONS -> {
                    ResourceConnection connection = (ResourceConnection) value;
                    resources.add(connection.resourceName());
                    nodes.add(connection.nodeA());
                    nodes.add(connection.nodeB());
                }
                case KEY_VALUE_STORES -> keyValueStores.add((String) value);
                case KEY_VALUE_ENTRIES -> {
                    // A store's entries change with the store itself or alone; name it as created.
                    String name = state.keyValueStores().get(((KeyValueEntryKey) change.key()).storeKey());
                    if (name != null) {
                        keyValueStores.add(name);
                    }
                }
                case CONTROLLER_PROPS -> controllerProps = true;
                case SNAPSHOT_DEFINITIONS -> resources.add(((SnapshotDefinition) value).resourceName());
                case SNAPSHOTS -> {
                    Snapshot snapshot = (Snapshot) value;
                    resources.add(snapshot.resourceName());
                    nodes.add(snapshot.nodeName());
                }
                case RESOURCE_GROUPS, VOLUME_GROUPS -> {
                    // Templates only: no satellite realises them, and definitions copy what they need.
                }
            }
        }
        for (String resourceName : resources) {
            for (Resource replica : state.resourcesOf(resourceName)) {
                nodes.add(replica.nodeName());
            }
        }
        return new StateChange(version, nodes, nodeRecords, resources, keyValueStores, controllerProps);
    }

    /**
     * A change that names everything in {@code before} and {@code after}: what listeners hear
     * when the state was reloaded and any object may have changed.
     */
    static StateChange everything(long version, DesiredState before, DesiredState after) {
        Set<String> nodes = new HashSet<>();
        Set<String> resources = new HashSet<>();
        Set<String> keyValueStores = new HashSet<>();
        for (DesiredState state : List.of(before, after)) {
            state.nodes().values().forEach(node -> nodes.add(node.name()));
            state.resourceDefinitions().values().forEach(definition -> resources.add(definition.name()));
            keyValueStores.addAll(state.keyValueStores().values());
        }
        return new StateChange(version, nodes, nodes, resources, keyValueStores, true);
    }

    private static void addNodesWithPool(String poolName, DesiredState state, Set<String> nodes) {
        for (StoragePool pool : state.storagePools().values()) {
            if (pool.name().equalsIgnoreCase(poolName)) {
                nodes.add(pool.nodeName());
            }
        }
    }
}
