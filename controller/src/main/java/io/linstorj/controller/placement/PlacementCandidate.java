package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A node that placement may choose: whether it is online, its properties (including the
 * {@code Aux/} ones that replicas-on-same/different look at), its storage pools and the resources
 * already on it.
 *
 * <pre>{@code
 * PlacementCandidate alpha = new PlacementCandidate("alpha", true, Map.of("Aux/site", "east"),
 *     List.of(CandidatePool.of("ssd", ProviderKind.LVM, 900 * 1024, 1024 * 1024)),
 *     List.of(DeployedResource.inPool("web", "ssd", 10240)));
 * }</pre>
 *
 * @param nodeName the node's name
 * @param online true when the satellite is connected
 * @param props the node's properties, keys with their namespace ({@code Aux/site})
 * @param storagePools the node's pools, diskless ones included; names unique on the node
 * @param resources the resources already deployed on the node
 */
public record PlacementCandidate(
        String nodeName,
        boolean online,
        Map<String, String> props,
        List<CandidatePool> storagePools,
        List<DeployedResource> resources) {

    /** Copies the collections; duplicate pool names are a programming error. */
    public PlacementCandidate {
        Objects.requireNonNull(nodeName, "nodeName");
        if (nodeName.isBlank()) {
            throw new IllegalArgumentException("node name is blank");
        }
        props = Map.copyOf(props);
        storagePools = List.copyOf(storagePools);
        resources = List.copyOf(resources);
        Set<String> poolNames = new HashSet<>();
        for (CandidatePool pool : storagePools) {
            if (!poolNames.add(Names.key(pool.storagePoolName()))) {
                throw new IllegalArgumentException(
                        "node '" + nodeName + "' lists pool '" + pool.storagePoolName() + "' twice");
            }
        }
    }
}
