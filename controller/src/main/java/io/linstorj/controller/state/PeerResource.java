package io.linstorj.controller.state;

import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.Volume;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A replica of a resource on another node, as a node needs it to connect DRBD to it.
 *
 * @param resource the peer replica (node name, DRBD node id, flags)
 * @param connectionInterface the peer node's satellite-connection interface (its address), if any
 * @param volumes the peer's volumes
 * @param connectionProps the properties of the resource connection between the local replica and
 *     this peer (empty when none are set)
 */
public record PeerResource(
        Resource resource,
        Optional<NetInterface> connectionInterface,
        List<Volume> volumes,
        Map<String, String> connectionProps) {
    /** Creates the peer; the collections are copied. */
    public PeerResource {
        volumes = List.copyOf(volumes);
        connectionProps = Map.copyOf(connectionProps);
    }
}
