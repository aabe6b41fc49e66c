package io.linstorj.controller.observed;

import io.linstorj.controller.cluster.Names;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What satellites report, kept in memory apart from the desired state and never persisted:
 * connection status per node, capacity and problems per storage pool, disk facts per volume,
 * readiness per resource. Rebuilt from the satellites after a restart. Thread-safe.
 */
public final class ObservedState {
    /** Connection status of a node nothing was heard from. */
    public static final String OFFLINE = "OFFLINE";
    /** Connection status of a node whose satellite is connected and authenticating. */
    public static final String CONNECTED = "CONNECTED";
    /** Connection status of a node whose satellite is authenticated and receives its desired state. */
    public static final String ONLINE = "ONLINE";

    private final Map<String, String> connectionStatus = new ConcurrentHashMap<>();
    private final Map<String, String> satelliteInfo = new ConcurrentHashMap<>();
    private final Map<PoolRef, StoragePoolObservation> pools = new ConcurrentHashMap<>();
    private final Map<VolumeRef, VolumeObservation> volumes = new ConcurrentHashMap<>();
    private final Map<ResourceRef, ResourceObservation> resources = new ConcurrentHashMap<>();
    private final Map<SnapshotRef, SnapshotObservation> snapshots = new ConcurrentHashMap<>();
    private final List<ObservedStateListener> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener. */
    public void addListener(ObservedStateListener listener) {
        listeners.add(listener);
    }

    /** The connection status of a node ("OFFLINE" unless reported otherwise). */
    public String connectionStatus(String nodeName) {
        return connectionStatus.getOrDefault(Names.key(nodeName), OFFLINE);
    }

    /** True when the node's satellite is authenticated (status {@value #ONLINE}). */
    public boolean isOnline(String nodeName) {
        return ONLINE.equals(connectionStatus(nodeName));
    }

    /** Sets the connection status of a node (OFFLINE, CONNECTED, ONLINE, VERSION_MISMATCH, ...). */
    public void updateConnectionStatus(String nodeName, String status) {
        String old = connectionStatus.put(Names.key(nodeName), status);
        if (!status.equals(old == null ? OFFLINE : old)) {
            listeners.forEach(listener -> listener.connectionStatusChanged(nodeName, status));
        }
    }

    /** What the node's satellite said of itself when it last connected; empty if unknown. */
    public String satelliteInfo(String nodeName) {
        return satelliteInfo.getOrDefault(Names.key(nodeName), "");
    }

    /** Records what the node's satellite said of itself (its DRBD driver, ...). */
    public void updateSatelliteInfo(String nodeName, String info) {
        satelliteInfo.put(Names.key(nodeName), info);
    }

    /** The last report about a storage pool. */
    public Optional<StoragePoolObservation> storagePool(String nodeName, String poolName) {
        return Optional.ofNullable(pools.get(new PoolRef(Names.key(nodeName), Names.key(poolName))));
    }

    /** Records a report about a storage pool. */
    public void updateStoragePool(String nodeName, String poolName, StoragePoolObservation observation) {
        pools.put(new PoolRef(Names.key(nodeName), Names.key(poolName)), observation);
    }

    /** The last report about a volume. */
    public Optional<VolumeObservation> volume(String nodeName, String resourceName, int volumeNumber) {
        return Optional.ofNullable(
                volumes.get(new VolumeRef(Names.key(nodeName), Names.key(resourceName), volumeNumber)));
    }

    /**
     * The last report about a volume, by the name keys ({@link Names#key}) of node and resource:
     * for listings that have the keys already.
     */
    public Optional<VolumeObservation> volumeByKeys(String nodeKey, String resourceKey, int volumeNumber) {
        return volumes.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(volumes.get(new VolumeRef(nodeKey, resourceKey, volumeNumber)));
    }

    /** Records a report about a volume. */
    public void updateVolume(String nodeName, String resourceName, int volumeNumber, VolumeObservation observation) {
        VolumeObservation old =
                volumes.put(new VolumeRef(Names.key(nodeName), Names.key(resourceName), volumeNumber), observation);
        if (!Objects.equals(old, observation)) {
            listeners.forEach(listener -> listener.volumeChanged(nodeName, resourceName, volumeNumber, observation));
        }
    }

    /** The last report about a resource. */
    public Optional<ResourceObservation> resource(String nodeName, String resourceName) {
        return Optional.ofNullable(resources.get(new ResourceRef(Names.key(nodeName), Names.key(resourceName))));
    }

    /**
     * The last report about a resource, by the name keys ({@link Names#key}) of node and
     * resource: for listings that have the keys already.
     */
    public Optional<ResourceObservation> resourceByKeys(String nodeKey, String resourceKey) {
        return resources.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(resources.get(new ResourceRef(nodeKey, resourceKey)));
    }

    /** Records a report about a resource. */
    public void updateResource(String nodeName, String resourceName, ResourceObservation observation) {
        ResourceObservation old =
                resources.put(new ResourceRef(Names.key(nodeName), Names.key(resourceName)), observation);
        if (!Objects.equals(old, observation)) {
            listeners.forEach(listener -> listener.resourceChanged(nodeName, resourceName, observation));
        }
    }

    /** The last report about a snapshot on a node. */
    public Optional<SnapshotObservation> snapshot(String nodeName, String resourceName, String snapshotName) {
        return Optional.ofNullable(
                snapshots.get(new SnapshotRef(Names.key(nodeName), Names.key(resourceName), Names.key(snapshotName))));
    }

    /** Records a report about a snapshot on a node. */
    public void updateSnapshot(
            String nodeName, String resourceName, String snapshotName, SnapshotObservation observation) {
        SnapshotObservation before = snapshots.put(
                new SnapshotRef(Names.key(nodeName), Names.key(resourceName), Names.key(snapshotName)), observation);
        if (!observation.equals(before)) {
            listeners.forEach(listener -> listener.snapshotChanged(nodeName, resourceName, snapshotName, observation));
        }
    }

    /** Forgets what a node reported about a snapshot (it was deleted, or the node is away). */
    public void forgetSnapshot(String nodeName, String resourceName, String snapshotName) {
        if (snapshots.remove(new SnapshotRef(Names.key(nodeName), Names.key(resourceName), Names.key(snapshotName)))
                != null) {
            listeners.forEach(listener -> listener.snapshotChanged(nodeName, resourceName, snapshotName, null));
        }
    }

    /** Forgets everything about a resource on a node and its volumes (it was deleted). */
    public void forgetResource(String nodeName, String resourceName) {
        String nodeKey = Names.key(nodeName);
        String resourceKey = Names.key(resourceName);
        if (resources.remove(new ResourceRef(nodeKey, resourceKey)) != null) {
            listeners.forEach(listener -> listener.resourceChanged(nodeName, resourceName, null));
        }
        volumes.keySet()
                .removeIf(ref ->
                        ref.nodeKey().equals(nodeKey) && ref.resourceKey().equals(resourceKey));
    }

    /** Forgets everything about a node (it was deleted): status, pools, volumes, resources. */
    public void forgetNode(String nodeName) {
        String nodeKey = Names.key(nodeName);
        connectionStatus.remove(nodeKey);
        satelliteInfo.remove(nodeKey);
        pools.keySet().removeIf(ref -> ref.nodeKey().equals(nodeKey));
        volumes.keySet().removeIf(ref -> ref.nodeKey().equals(nodeKey));
        resources.keySet().removeIf(ref -> ref.nodeKey().equals(nodeKey));
        snapshots.keySet().removeIf(ref -> ref.nodeKey().equals(nodeKey));
    }

    private record PoolRef(String nodeKey, String poolKey) {}

    private record VolumeRef(String nodeKey, String resourceKey, int volumeNumber) {}

    private record ResourceRef(String nodeKey, String resourceKey) {}

    private record SnapshotRef(String nodeKey, String resourceKey, String snapshotKey) {}
}
