package io.linstorj.controller.state;

import io.linstorj.controller.cluster.KeyValueEntryKey;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeResourceKey;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceConnection;
import io.linstorj.controller.cluster.ResourceConnectionKey;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.ResourceKey;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.SnapshotDefinitionKey;
import io.linstorj.controller.cluster.SnapshotKey;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.cluster.StoragePoolKey;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.cluster.VolumeGroupKey;
import io.linstorj.controller.cluster.VolumeKey;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;

/**
 * The in-memory desired state of the cluster: one table per kind of object, plus indexes the
 * services need (resources by node, DRBD ports and minors in use).
 *
 * <p>Outside this class its tables are read-only {@link TableView}s; only the writer changes the
 * state, inside a mutation, through the typed {@code put}/{@code remove} methods here, which build
 * the keys from the objects' names and keep the indexes in step. Guarded by {@link GuardedState}.
 */
public final class DesiredState {
    private final UndoLog undoLog = new UndoLog();
    private final Table<String, Node> nodes = new Table<>(TableId.NODES, undoLog);
    private final Table<String, StoragePoolDefinition> storagePoolDefinitions =
            new Table<>(TableId.STORAGE_POOL_DEFINITIONS, undoLog);
    private final Table<StoragePoolKey, StoragePool> storagePools = new Table<>(TableId.STORAGE_POOLS, undoLog);
    private final Table<String, ResourceDefinition> resourceDefinitions =
            new Table<>(TableId.RESOURCE_DEFINITIONS, undoLog);
    private final Table<VolumeDefinitionKey, VolumeDefinition> volumeDefinitions =
            new Table<>(TableId.VOLUME_DEFINITIONS, undoLog);
    private final Table<ResourceKey, Resource> resources = new Table<>(TableId.RESOURCES, undoLog);
    private final Table<VolumeKey, Volume> volumes = new Table<>(TableId.VOLUMES, undoLog);
    private final Table<String, String> keyValueStores = new Table<>(TableId.KEY_VALUE_STORES, undoLog);
    private final Table<KeyValueEntryKey, String> keyValueEntries = new Table<>(TableId.KEY_VALUE_ENTRIES, undoLog);
    private final Table<String, String> controllerProps = new Table<>(TableId.CONTROLLER_PROPS, undoLog);
    private final Table<String, ResourceGroup> resourceGroups = new Table<>(TableId.RESOURCE_GROUPS, undoLog);
    private final Table<VolumeGroupKey, VolumeGroup> volumeGroups = new Table<>(TableId.VOLUME_GROUPS, undoLog);
    private final Table<ResourceConnectionKey, ResourceConnection> resourceConnections =
            new Table<>(TableId.RESOURCE_CONNECTIONS, undoLog);
    private final Table<SnapshotDefinitionKey, SnapshotDefinition> snapshotDefinitions =
            new Table<>(TableId.SNAPSHOT_DEFINITIONS, undoLog);
    private final Table<SnapshotKey, Snapshot> snapshots = new Table<>(TableId.SNAPSHOTS, undoLog);
    private final Table<String, SnapshotKey> snapshotsByNode = new Table<>(null, undoLog);
    private final Table<NodeResourceKey, String> resourcesByNode = new Table<>(null, undoLog);
    private final Table<Integer, String> usedPorts = new Table<>(null, undoLog);
    private final Table<Integer, VolumeDefinitionKey> usedMinors = new Table<>(null, undoLog);

    private long committedVersion;

    /** The number of the last committed batch since start (0 before the first). */
    public long committedVersion() {
        return committedVersion;
    }

    long advanceVersion() {
        return ++committedVersion;
    }

    /** Continues the batch numbers of {@code previous}, which this state replaces after a reload. */
    void continueVersionsOf(DesiredState previous) {
        committedVersion = previous.committedVersion;
    }

    /** The log of changes since the last commit. */
    public UndoLog undoLog() {
        return undoLog;
    }

    /** Nodes by name key; change them with {@link #putNode} and {@link #removeNode}. */
    public TableView<String, Node> nodes() {
        return nodes;
    }

    /** Storage pool definitions by name key; change them with {@link #putStoragePoolDefinition}. */
    public TableView<String, StoragePoolDefinition> storagePoolDefinitions() {
        return storagePoolDefinitions;
    }

    /** Storage pools by node and pool key; change them with {@link #putStoragePool}. */
    public TableView<StoragePoolKey, StoragePool> storagePools() {
        return storagePools;
    }

    /** Resource definitions by name key; change them with {@link #putResourceDefinition}. */
    public TableView<String, ResourceDefinition> resourceDefinitions() {
        return resourceDefinitions;
    }

    /** Volume definitions by resource key and number; change them with {@link #putVolumeDefinition}. */
    public TableView<VolumeDefinitionKey, VolumeDefinition> volumeDefinitions() {
        return volumeDefinitions;
    }

    /** Resources by resource and node key; change them with {@link #putResource}. */
    public TableView<ResourceKey, Resource> resources() {
        return resources;
    }

    /** Volumes by resource key, node key and number; change them with {@link #putVolume}. */
    public TableView<VolumeKey, Volume> volumes() {
        return volumes;
    }

    /**
     * Key-value stores: name key to the name as created. Their entries are rows of
     * {@link #keyValueEntries()}, one per key, so that changing k keys costs O(k) however big
     * the store is.
     */
    public TableView<String, String> keyValueStores() {
        return keyValueStores;
    }

    /** The entries of every key-value store, by store name key and entry key; change them with {@link #putKeyValueEntry}. */
    public TableView<KeyValueEntryKey, String> keyValueEntries() {
        return keyValueEntries;
    }

    /** The entries of the key-value store named {@code name}, by entry key (a read-only live view). */
    public NavigableMap<KeyValueEntryKey, String> keyValueEntriesOf(String name) {
        return keyValueEntries.range(KeyValueEntryKey.firstOf(name), KeyValueEntryKey.after(name));
    }

    /** Controller properties by key (case-sensitive); change them with {@link #putControllerProp}. */
    public TableView<String, String> controllerProps() {
        return controllerProps;
    }

    /** Resource groups by name key; change them with {@link #putResourceGroup}. */
    public TableView<String, ResourceGroup> resourceGroups() {
        return resourceGroups;
    }

    /** Volume groups by resource group key and number; change them with {@link #putVolumeGroup}. */
    public TableView<VolumeGroupKey, VolumeGroup> volumeGroups() {
        return volumeGroups;
    }

    /**
     * Resource connections with properties or flags, by resource and node pair; a pair of
     * replicas without a row is connected with nothing set.
     */
    public TableView<ResourceConnectionKey, ResourceConnection> resourceConnections() {
        return resourceConnections;
    }

    /** The stored connection of {@code resourceName} between two nodes named in any order, or null. */
    public ResourceConnection resourceConnection(String resourceName, String nodeName, String otherNodeName) {
        return resourceConnections.get(ResourceConnectionKey.of(resourceName, nodeName, otherNodeName));
    }

    /** The stored connections of a resource definition, by node pair. */
    public Collection<ResourceConnection> resourceConnectionsOf(String resourceName) {
        return resourceConnections
                .range(ResourceConnectionKey.firstOf(resourceName), ResourceConnectionKey.after(resourceName))
                .values();
    }

    /** Snapshot definitions by resource and snapshot key; change them with {@link #putSnapshotDefinition}. */
    public TableView<SnapshotDefinitionKey, SnapshotDefinition> snapshotDefinitions() {
        return snapshotDefinitions;
    }

    /** Snapshots by resource, snapshot and node key; change them with {@link #putSnapshot}. */
    public TableView<SnapshotKey, Snapshot> snapshots() {
        return snapshots;
    }

    /** The snapshot definition {@code snapshotName} of resource {@code resourceName}, or null. */
    public SnapshotDefinition snapshotDefinition(String resourceName, String snapshotName) {
        return snapshotDefinitions.get(SnapshotDefinitionKey.of(resourceName, snapshotName));
    }

    /** The snapshot definitions of a resource definition, by snapshot key. */
    public Collection<SnapshotDefinition> snapshotDefinitionsOf(String resourceName) {
        return snapshotDefinitions
                .range(SnapshotDefinitionKey.firstOf(resourceName), SnapshotDefinitionKey.after(resourceName))
                .values();
    }

    /** The per-node parts of a snapshot, by node key. */
    public Collection<Snapshot> snapshotsOf(String resourceName, String snapshotName) {
        return snapshots
                .range(SnapshotKey.firstOf(resourceName, snapshotName), SnapshotKey.after(resourceName, snapshotName))
                .values();
    }

    /** The snapshots a node holds, in key order. */
    public List<Snapshot> snapshotsOn(String nodeName) {
        String nodeKey = Names.key(nodeName);
        return snapshotsByNode.range(nodeKey + '\0', nodeKey + '\1').values().stream()
                .map(snapshots::get)
                .toList();
    }

    /** Adds or replaces a node (its net interfaces are part of it). */
    public void putNode(Node node) {
        nodes.put(Names.key(node.name()), node);
    }

    /** Removes a node's own record (not its storage pools or resources); returns it, or null when absent. */
    public Node removeNode(String nodeName) {
        return nodes.remove(Names.key(nodeName));
    }

    /** Adds or replaces a storage pool definition. */
    public void putStoragePoolDefinition(StoragePoolDefinition definition) {
        storagePoolDefinitions.put(Names.key(definition.name()), definition);
    }

    /** Removes a storage pool definition (not its pools); returns it, or null when absent. */
    public StoragePoolDefinition removeStoragePoolDefinition(String name) {
        return storagePoolDefinitions.remove(Names.key(name));
    }

    /** Adds or replaces a storage pool. */
    public void putStoragePool(StoragePool pool) {
        storagePools.put(pool.key(), pool);
    }

    /** Removes the storage pool {@code poolName} of {@code nodeName}; returns it, or null when absent. */
    public StoragePool removeStoragePool(String nodeName, String poolName) {
        return storagePools.remove(StoragePoolKey.of(nodeName, poolName));
    }

    /** Adds or replaces a volume of a resource. */
    public void putVolume(Volume volume) {
        volumes.put(volume.key(), volume);
    }

    /** Removes volume {@code volumeNumber} of {@code resourceName} on {@code nodeName}; returns it, or null. */
    public Volume removeVolume(String resourceName, String nodeName, int volumeNumber) {
        return volumes.remove(VolumeKey.of(resourceName, nodeName, volumeNumber));
    }

    /** Adds a key-value store named {@code name} (as created), without entries. */
    public void putKeyValueStore(String name) {
        keyValueStores.put(Names.key(name), name);
    }

    /** Removes a key-value store with its entries; returns its name as created, or null when absent. */
    public String removeKeyValueStore(String name) {
        String removed = keyValueStores.remove(Names.key(name));
        if (removed != null) {
            for (KeyValueEntryKey key : List.copyOf(keyValueEntriesOf(name).keySet())) {
                keyValueEntries.remove(key);
            }
        }
        return removed;
    }

    /** Sets entry {@code key} of the key-value store {@code storeName} to {@code value}. */
    public void putKeyValueEntry(String storeName, String key, String value) {
        keyValueEntries.put(KeyValueEntryKey.of(storeName, key), value);
    }

    /** Removes entry {@code key} of the key-value store {@code storeName}; returns its value, or null. */
    public String removeKeyValueEntry(String storeName, String key) {
        return keyValueEntries.remove(KeyValueEntryKey.of(storeName, key));
    }

    /** Sets controller property {@code key} to {@code value}. */
    public void putControllerProp(String key, String value) {
        controllerProps.put(key, value);
    }

    /** Removes controller property {@code key}; returns its value, or null when absent. */
    public String removeControllerProp(String key) {
        return controllerProps.remove(key);
    }

    /** Adds or replaces a resource group (not its volume groups). */
    public void putResourceGroup(ResourceGroup group) {
        resourceGroups.put(Names.key(group.name()), group);
    }

    /** Removes a resource group (not its volume groups); returns it, or null when absent. */
    public ResourceGroup removeResourceGroup(String name) {
        return resourceGroups.remove(Names.key(name));
    }

    /** Adds or replaces a volume group. */
    public void putVolumeGroup(VolumeGroup group) {
        volumeGroups.put(group.key(), group);
    }

    /** Removes volume group {@code volumeNumber} of resource group {@code groupName}; returns it, or null. */
    public VolumeGroup removeVolumeGroup(String groupName, int volumeNumber) {
        return volumeGroups.remove(VolumeGroupKey.of(groupName, volumeNumber));
    }

    /** Adds or replaces the stored connection of a resource between two nodes. */
    public void putResourceConnection(ResourceConnection connection) {
        resourceConnections.put(connection.key(), connection);
    }

    /** Removes the stored connection of {@code resourceName} between two nodes named in any order; returns it, or null. */
    public ResourceConnection removeResourceConnection(String resourceName, String nodeName, String otherNodeName) {
        return resourceConnections.remove(ResourceConnectionKey.of(resourceName, nodeName, otherNodeName));
    }

    /** Adds or replaces a snapshot definition (not the snapshots of its nodes). */
    public void putSnapshotDefinition(SnapshotDefinition definition) {
        snapshotDefinitions.put(definition.key(), definition);
    }

    /** Adds or replaces a snapshot, keeping the node index. */
    public void putSnapshot(Snapshot snapshot) {
        snapshots.put(snapshot.key(), snapshot);
        snapshotsByNode.put(nodeIndexKey(snapshot.key()), snapshot.key());
    }

    /** Removes a snapshot from its node, keeping the node index. */
    public void removeSnapshot(SnapshotKey key) {
        if (snapshots.remove(key) != null) {
            snapshotsByNode.remove(nodeIndexKey(key));
        }
    }

    /** Removes a snapshot definition with the snapshots of all its nodes. */
    public void removeSnapshotDefinition(SnapshotDefinitionKey key) {
        SnapshotDefinition definition = snapshotDefinitions.get(key);
        if (definition == null) {
            return;
        }
        for (Snapshot snapshot : List.copyOf(snapshotsOf(definition.resourceName(), definition.name()))) {
            removeSnapshot(snapshot.key());
        }
        snapshotDefinitions.remove(key);
    }

    private static String nodeIndexKey(SnapshotKey key) {
        return key.nodeKey() + '\0' + key.resourceKey() + '\0' + key.snapshotKey();
    }

    /** DRBD ports in use, with the resource key using each. */
    public TableView<Integer, String> usedPorts() {
        return usedPorts;
    }

    /** DRBD minors in use, with the volume definition using each. */
    public TableView<Integer, VolumeDefinitionKey> usedMinors() {
        return usedMinors;
    }

    /** The node named {@code name}, or null. */
    public Node node(String name) {
        return nodes.get(Names.key(name));
    }

    /** The storage pool definition named {@code name}, or null. */
    public StoragePoolDefinition storagePoolDefinition(String name) {
        return storagePoolDefinitions.get(Names.key(name));
    }

    /** The resource definition named {@code name}, or null. */
    public ResourceDefinition resourceDefinition(String name) {
        return resourceDefinitions.get(Names.key(name));
    }

    /** The resource group named {@code name}, or null. */
    public ResourceGroup resourceGroup(String name) {
        return resourceGroups.get(Names.key(name));
    }

    /** The volume groups of a resource group, by volume number. */
    public Collection<VolumeGroup> volumeGroupsOf(String groupName) {
        return volumeGroups
                .range(VolumeGroupKey.firstOf(groupName), VolumeGroupKey.after(groupName))
                .values();
    }

    /** The storage pool {@code poolName} on {@code nodeName}, or null. */
    public StoragePool storagePool(String nodeName, String poolName) {
        return storagePools.get(StoragePoolKey.of(nodeName, poolName));
    }

    /** The resource {@code resourceName} on {@code nodeName}, or null. */
    public Resource resource(String resourceName, String nodeName) {
        return resources.get(ResourceKey.of(resourceName, nodeName));
    }

    /** The storage pools of a node, by pool name key. */
    public Collection<StoragePool> storagePoolsOf(String nodeName) {
        return storagePools
                .range(StoragePoolKey.firstOfNode(nodeName), StoragePoolKey.afterNode(nodeName))
                .values();
    }

    /** The volume definitions of a resource definition, by volume number. */
    public Collection<VolumeDefinition> volumeDefinitionsOf(String resourceName) {
        return volumeDefinitions
                .range(VolumeDefinitionKey.firstOf(resourceName), VolumeDefinitionKey.after(resourceName))
                .values();
    }

    /** The replicas of a resource definition, by node key. */
    public Collection<Resource> resourcesOf(String resourceName) {
        return resources
                .range(ResourceKey.firstOf(resourceName), ResourceKey.after(resourceName))
                .values();
    }

    /** The names of the resources on a node, by resource key. */
    public Collection<String> resourceNamesOn(String nodeName) {
        return resourcesByNode
                .range(NodeResourceKey.firstOf(nodeName), NodeResourceKey.after(nodeName))
                .values();
    }

    /** The resources on a node: index key (node key, resource key) to the resource's name (a read-only live view). */
    public NavigableMap<NodeResourceKey, String> resourcesOnNode(String nodeName) {
        return resourcesByNode.range(NodeResourceKey.firstOf(nodeName), NodeResourceKey.after(nodeName));
    }

    /** The volumes of a resource on a node, by volume number. */
    public Collection<Volume> volumesOf(String resourceName, String nodeName) {
        return volumes.range(VolumeKey.firstOf(resourceName, nodeName), VolumeKey.after(resourceName, nodeName))
                .values();
    }

    /** Adds or replaces a resource definition, keeping the port index. */
    public void putResourceDefinition(ResourceDefinition definition) {
        String key = Names.key(definition.name());
        ResourceDefinition old = resourceDefinitions.get(key);
        if (old != null && old.port() != definition.port()) {
            usedPorts.remove(old.port());
        }
        resourceDefinitions.put(key, definition);
        usedPorts.put(definition.port(), key);
    }

    /** Removes a resource definition (not its volume definitions or resources), keeping the port index. */
    public void removeResourceDefinition(String name) {
        ResourceDefinition old = resourceDefinitions.remove(Names.key(name));
        if (old != null) {
            usedPorts.remove(old.port());
        }
    }

    /** Adds or replaces a volume definition, keeping the minor index. */
    public void putVolumeDefinition(VolumeDefinition definition) {
        VolumeDefinitionKey key = definition.key();
        VolumeDefinition old = volumeDefinitions.get(key);
        if (old != null && old.minorNumber() != definition.minorNumber()) {
            usedMinors.remove(old.minorNumber());
        }
        volumeDefinitions.put(key, definition);
        usedMinors.put(definition.minorNumber(), key);
    }

    /** Removes a volume definition (not its volumes), keeping the minor index. */
    public void removeVolumeDefinition(VolumeDefinitionKey key) {
        VolumeDefinition old = volumeDefinitions.remove(key);
        if (old != null) {
            usedMinors.remove(old.minorNumber());
        }
    }

    /** Adds or replaces a resource, keeping the node index. */
    public void putResource(Resource resource) {
        resources.put(resource.key(), resource);
        resourcesByNode.put(NodeResourceKey.of(resource.nodeName(), resource.resourceName()), resource.resourceName());
    }

    /** Removes a resource, its volumes and its connections to other replicas, keeping the node index. */
    public void removeResource(String resourceName, String nodeName) {
        for (Volume volume : List.copyOf(volumesOf(resourceName, nodeName))) {
            volumes.remove(volume.key());
        }
        for (ResourceConnection connection : List.copyOf(resourceConnectionsOf(resourceName))) {
            if (connection.key().involves(nodeName)) {
                resourceConnections.remove(connection.key());
            }
        }
        resources.remove(ResourceKey.of(resourceName, nodeName));
        resourcesByNode.remove(NodeResourceKey.of(nodeName, resourceName));
    }
}
