package io.linstorj.controller.snapshot;

import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.time.Clock;
import java.time.Duration;

/**
 * The snapshot services.
 *
 * @param snapshots create, list and delete
 * @param restores restore into another resource definition, roll back
 * @param coordinator takes stored snapshots on all their nodes at one point in time
 * @param clones clone resource definitions through snapshots
 */
public record SnapshotServices(
        SnapshotService snapshots,
        SnapshotRestoreService restores,
        SnapshotCoordinator coordinator,
        CloneService clones) {
    /** How often clones in progress are looked at. */
    public static final Duration CLONE_PASS = Duration.ofMillis(500);

    /** Wires the snapshot services over the resource services' creation steps, with their own stages. */
    public static SnapshotServices create(
            WriteQueue writes, GuardedState state, ObservedState observed, ResourceServices resources, Clock clock) {
        return create(
                writes, state, observed, resources, clock, new SnapshotStages(), SnapshotCoordinator.DEFAULT_TIMEOUT);
    }

    /**
     * Wires the snapshot services; {@code stages} are those the satellite sender reads, and
     * {@code timeout} how long the nodes of a snapshot get for each of its stages.
     */
    public static SnapshotServices create(
            WriteQueue writes,
            GuardedState state,
            ObservedState observed,
            ResourceServices resources,
            Clock clock,
            SnapshotStages stages,
            Duration timeout) {
        SnapshotCoordinator coordinator = new SnapshotCoordinator(writes, observed, stages, timeout);
        SnapshotService snapshots = new SnapshotService(writes, state, observed, clock, coordinator);
        SnapshotRestoreService restores =
                new SnapshotRestoreService(writes, observed, resources.definitionFactory(), resources.replicaFactory());
        return new SnapshotServices(
                snapshots,
                restores,
                coordinator,
                new CloneService(
                        writes,
                        state,
                        observed,
                        resources.definitionFactory(),
                        resources.replicaFactory(),
                        snapshots,
                        restores,
                        CLONE_PASS));
    }

    /** Stops the coordinator's and the clones' threads. */
    public void close() {
        coordinator.close();
        clones.close();
    }
}
