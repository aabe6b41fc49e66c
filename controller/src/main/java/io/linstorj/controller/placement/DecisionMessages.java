package io.linstorj.controller.placement;

import java.util.List;
import java.util.stream.Collectors;

/** Words for a successful placement decision. */
final class DecisionMessages {
    private DecisionMessages() {}

    static String describe(
            ResourceToPlace resource, ReplicaCount count, List<ReplicaPlacement> diskful, DisklessPlan diskless) {
        StringBuilder message =
                new StringBuilder("Resource '").append(resource.resourceName()).append("'");
        if (diskful.isEmpty()) {
            message.append(" already has ")
                    .append(count.existing())
                    .append(count.existing() == 1 ? " diskful replica (" : " diskful replicas (")
                    .append(count.wanted())
                    .append(" wanted): ")
                    .append(diskless.replicas().isEmpty() ? "nothing to do" : "no new diskful replica");
        } else {
            message.append(": new diskful ")
                    .append(count.needed() == 1 ? "replica" : "replicas")
                    .append(" on ")
                    .append(diskful.stream()
                            .map(r -> r.nodeName() + " (pool '" + r.storagePoolName() + "')")
                            .collect(Collectors.joining(", ")));
        }
        if (!diskless.replicas().isEmpty()) {
            message.append("; diskless on ")
                    .append(diskless.replicas().stream()
                            .map(ReplicaPlacement::nodeName)
                            .collect(Collectors.joining(", ")));
        }
        if (!diskless.nodesWithoutPool().isEmpty()) {
            message.append("; no diskless replica on ")
                    .append(String.join(", ", diskless.nodesWithoutPool()))
                    .append(" (no allowed diskless storage pool)");
        }
        return message.toString();
    }
}
