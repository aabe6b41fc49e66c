package io.linstorj.controller.state;

import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import java.util.List;

/**
 * One resource as a node must realise it: the definition (DRBD port, secret), its volume
 * definitions (sizes, minors), the local replica with its volumes (node id, storage pools) and
 * the replicas on other nodes.
 *
 * @param definition the resource definition
 * @param volumeDefinitions its volume definitions, by volume number
 * @param local the replica on this node
 * @param localVolumes the volumes of the local replica, by volume number
 * @param peers the replicas on other nodes
 */
public record ResourceDesiredState(
        ResourceDefinition definition,
        List<VolumeDefinition> volumeDefinitions,
        Resource local,
        List<Volume> localVolumes,
        List<PeerResource> peers) {

    /** Creates the state; the lists are copied. */
    public ResourceDesiredState {
        volumeDefinitions = List.copyOf(volumeDefinitions);
        localVolumes = List.copyOf(localVolumes);
        peers = List.copyOf(peers);
    }
}
