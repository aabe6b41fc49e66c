package io.linstorj.controller.placement;

import java.util.List;

/**
 * Placement succeeded: the new diskful replicas (node and pool each) and, when the filter asked for
 * {@code diskless_on_remaining}, the nodes that get a diskless replica.
 *
 * <p>Both lists may be empty: when the resource already has as many diskful replicas as wanted
 * there is nothing to do ({@link #isNothingToDo()}); the caller answers that with an info entry
 * ({@code INFO_NOOP}) carrying {@link #message()}.
 *
 * @param resourceName the placed resource
 * @param diskfulReplicas the new diskful replicas, best ranked first
 * @param disklessReplicas the new diskless replicas, by node name
 * @param disklessFlag the resource flag for the diskless replicas ({@code DRBD_DISKLESS})
 * @param message what was decided, for people
 */
public record PlacementDecision(
        String resourceName,
        List<ReplicaPlacement> diskfulReplicas,
        List<ReplicaPlacement> disklessReplicas,
        String disklessFlag,
        String message)
        implements PlacementResult {

    /** Copies the lists. */
    public PlacementDecision {
        diskfulReplicas = List.copyOf(diskfulReplicas);
        disklessReplicas = List.copyOf(disklessReplicas);
    }

    /** True when no replica at all is to be created. */
    public boolean isNothingToDo() {
        return diskfulReplicas.isEmpty() && disklessReplicas.isEmpty();
    }

    /** The nodes of the new diskful replicas, in decision order. */
    public List<String> diskfulNodeNames() {
        return diskfulReplicas.stream().map(ReplicaPlacement::nodeName).toList();
    }

    /** The nodes of the new diskless replicas, in decision order. */
    public List<String> disklessNodeNames() {
        return disklessReplicas.stream().map(ReplicaPlacement::nodeName).toList();
    }
}
