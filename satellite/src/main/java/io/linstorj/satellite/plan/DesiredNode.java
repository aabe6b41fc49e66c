package io.linstorj.satellite.plan;

import java.util.List;
import java.util.Objects;

/**
 * What the controller wants of this node.
 *
 * @param generation  increases with every state the controller sends
 * @param nodeName    this node's name
 * @param nodeAddress this node's address as its DRBD peers reach it
 * @param pools       the storage pools the node must have
 * @param resources   the local replicas, including those marked for deletion
 * @param snapshots   the snapshots the node must hold; LinstorJ's storage snapshots not named here
 *                    are deleted
 */
public record DesiredNode(
        long generation,
        String nodeName,
        String nodeAddress,
        List<DesiredPool> pools,
        List<DesiredResource> resources,
        List<DesiredSnapshot> snapshots) {

    /** Creates a value; the lists are copied. */
    public DesiredNode {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(nodeAddress, "nodeAddress");
        pools = List.copyOf(pools);
        resources = List.copyOf(resources);
        snapshots = List.copyOf(snapshots);
    }
}
