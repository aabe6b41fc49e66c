package io.linstorj.controller.resource;

import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;

/**
 * The three resource services sharing one DRBD allocation (ports, minors, node ids) and one
 * storage pool resolver.
 *
 * @param definitions resource definitions
 * @param volumeDefinitions volume definitions
 * @param resources resources
 */
public record ResourceServices(
    ResourceDefinitionService definitions, VolumeDefinitionService volumeDefinitions, ResourceService resources) {

    /** Wires the resource services. */
    public static ResourceServices create(WriteQueue writes, GuardedState state, ObservedState observed) {
        DrbdAllocation allocation = new DrbdAllocation();
        StoragePoolResolver pools = new StoragePoolResolver();
        VolumeDefinitions volumeDefinitions = new VolumeDefinitions(allocation, pools);
        return new ResourceServices(
            new ResourceDefinitionService(writes, state, allocation, volumeDefinitions),
            new VolumeDefinitionService(writes, volumeDefinitions),
            new ResourceService(writes, state, observed, allocation, pools));
    }
}
