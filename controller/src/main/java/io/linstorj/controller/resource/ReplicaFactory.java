package io.linstorj.controller.resource;

import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.state.DesiredState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Creates replicas inside a mutation: allocates the DRBD node id, records how a diskful replica
 * gets its data ({@link InitialSyncRule}) and adds a volume per volume definition, all in the
 * replica's pool. Shared by resource create, toggle disk, autoplace and spawn. Writer thread only.
 */
public final class ReplicaFactory {
    private final DrbdAllocation allocation;

    ReplicaFactory(DrbdAllocation allocation) {
        this.allocation = allocation;
    }

    /**
     * Creates the replica {@code spec}; a DISKLESS pool adds the flags DISKLESS and DRBD_DISKLESS.
     *
     * @param diskfulBefore diskful replicas the resource had before the running mutation began:
     *     every replica one mutation creates is given the same count, so that all replicas of a
     *     first placement start UpToDate without an initial sync
     */
    public Resource create(DesiredState desired, ReplicaSpec spec, int diskfulBefore, CallContext ctx) {
        Set<String> flags = new TreeSet<>(spec.flags());
        if (spec.pool().providerKind() == ProviderKind.DISKLESS) {
            flags.add(Resource.FLAG_DISKLESS);
            flags.add(Resource.FLAG_DRBD_DISKLESS);
        }
        Map<String, String> props = new HashMap<>(spec.props());
        if (!flags.contains(Resource.FLAG_DISKLESS)) {
            props.put(InitialSyncRule.PROP, InitialSyncRule.decide(diskfulBefore));
        }
        int nodeId = allocation.allocateNodeId(desired, spec.resourceName(), ctx);
        Resource resource = new Resource(
                desired.resourceDefinition(spec.resourceName()).name(),
                desired.node(spec.nodeName()).name(),
                nodeId,
                props,
                flags,
                UUID.randomUUID());
        desired.putResource(resource);
        for (VolumeDefinition definition : List.copyOf(desired.volumeDefinitionsOf(resource.resourceName()))) {
            Volume volume = new Volume(
                    resource.resourceName(),
                    resource.nodeName(),
                    definition.volumeNumber(),
                    spec.pool().name(),
                    Map.of(),
                    UUID.randomUUID());
            desired.putVolume(volume);
        }
        return resource;
    }

    /** The number of diskful replicas the resource {@code resourceName} has now. */
    public static int diskfulReplicas(DesiredState desired, String resourceName) {
        return (int) desired.resourcesOf(resourceName).stream()
                .filter(replica -> !replica.isDiskless())
                .count();
    }
}
