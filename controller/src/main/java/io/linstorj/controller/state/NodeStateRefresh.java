package io.linstorj.controller.state;

import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.StoragePool;
import java.util.List;
import java.util.Optional;

/**
 * A node's desired state for a reader that keeps resources it read earlier
 * ({@link ClusterView#nodeStateRefresh}): all of the node's resources are named, in key order,
 * but only those the reader asked for are read in full. A snapshot: it never changes.
 *
 * @param node the node
 * @param storagePools its storage pools
 * @param resources every resource on the node, by resource key
 * @param snapshots the snapshots the node holds (few, so always read in full)
 * @param version number of the last committed batch included (0 before any change since start)
 */
public record NodeStateRefresh(
        Node node, List<StoragePool> storagePools, List<Entry> resources, List<Snapshot> snapshots, long version) {

    /** Creates a snapshot; the lists are copied. */
    public NodeStateRefresh {
        storagePools = List.copyOf(storagePools);
        resources = List.copyOf(resources);
        snapshots = List.copyOf(snapshots);
    }

    /**
     * One resource on the node.
     *
     * @param resourceKey the resource's name key
     * @param resourceName its name as created
     * @param state its state as the node must realise it; empty where the reader did not ask for it
     */
    public record Entry(String resourceKey, String resourceName, Optional<ResourceDesiredState> state) {}
}
