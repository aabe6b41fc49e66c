package io.linstorj.controller.state;

import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.StoragePool;
import java.util.List;

/**
 * Everything a node's satellite must realise: the node, its storage pools and the resources it
 * holds (with their definitions and peers). A snapshot: it never changes.
 *
 * @param node the node
 * @param storagePools its storage pools
 * @param resources the resources it holds
 * @param snapshots the snapshots it holds (of its resources, or of resources it held)
 * @param version number of the last committed batch included (0 before any change since start)
 */
public record NodeDesiredState(
        Node node,
        List<StoragePool> storagePools,
        List<ResourceDesiredState> resources,
        List<Snapshot> snapshots,
        long version) {

    /** Creates a snapshot; the lists are copied. */
    public NodeDesiredState {
        storagePools = List.copyOf(storagePools);
        resources = List.copyOf(resources);
        snapshots = List.copyOf(snapshots);
    }
}
