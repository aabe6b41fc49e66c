package io.linstorj.controller.resource;

import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.storage.PoolMeasurement;

/**
 * The resource services sharing one DRBD allocation (ports, minors, node ids) and one storage
 * pool resolver, with the creation steps that other services (autoplace, spawn) run inside their
 * own mutations.
 *
 * @param definitions resource definitions
 * @param volumeDefinitions volume definitions
 * @param resources resources
 * @param toggleDisk turning replicas diskful or diskless
 * @param activation deactivating and activating replicas
 * @param connections resource connections (properties per pair of replicas)
 * @param definitionFactory creates resource definitions inside a mutation
 * @param replicaFactory creates replicas inside a mutation
 * @param deletion the second step of deletions: a satellite's confirmation that a resource is gone
 * @param deletionWatch tells when a deletion marked DELETE has finished
 */
public record ResourceServices(
        ResourceDefinitionService definitions,
        VolumeDefinitionService volumeDefinitions,
        ResourceService resources,
        ToggleDiskService toggleDisk,
        ResourceActivationService activation,
        ResourceConnectionService connections,
        ResourceDefinitionFactory definitionFactory,
        ReplicaFactory replicaFactory,
        ResourceDeletion deletion,
        DeletionWatch deletionWatch) {

    /** Wires the resource services. */
    public static ResourceServices create(WriteQueue writes, GuardedState state, ObservedState observed) {
        DrbdAllocation allocation = new DrbdAllocation();
        StoragePoolResolver pools = new StoragePoolResolver();
        VolumeDefinitions volumeDefinitions = new VolumeDefinitions(allocation, pools);
        ResourceDefinitionFactory definitionFactory = new ResourceDefinitionFactory(allocation, volumeDefinitions);
        ReplicaFactory replicaFactory = new ReplicaFactory(allocation);
        PoolMeasurement measurement = new PoolMeasurement(observed);
        ResourceDeletion deletion = new ResourceDeletion(writes, observed);
        DeletionWatch deletionWatch = new DeletionWatch(state);
        writes.addListener(deletionWatch);
        return new ResourceServices(
                new ResourceDefinitionService(writes, state, definitionFactory, deletion),
                new VolumeDefinitionService(writes, volumeDefinitions, measurement),
                new ResourceService(writes, state, observed, replicaFactory, pools, deletion),
                new ToggleDiskService(writes, pools, measurement),
                new ResourceActivationService(writes, observed),
                new ResourceConnectionService(writes, state),
                definitionFactory,
                replicaFactory,
                deletion,
                deletionWatch);
    }
}
