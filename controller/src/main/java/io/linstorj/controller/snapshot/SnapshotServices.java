package io.linstorj.controller.snapshot;

import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.time.Clock;

/**
 * The snapshot services.
 *
 * @param snapshots create, list and delete
 * @param restores restore into another resource definition, roll back
 */
public record SnapshotServices(SnapshotService snapshots, SnapshotRestoreService restores) {
    /** Wires the snapshot services over the resource services' creation steps. */
    public static SnapshotServices create(WriteQueue writes, GuardedState state, ObservedState observed,
        ResourceServices resources, Clock clock) {
        return new SnapshotServices(new SnapshotService(writes, state, observed, clock),
            new SnapshotRestoreService(writes, observed, resources.definitionFactory(), resources.replicaFactory()));
    }
}
