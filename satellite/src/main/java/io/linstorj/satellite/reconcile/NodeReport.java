package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.drbd.DrbdResourceState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the node observes: the last pass's outcome with the DRBD states of now, for the link to
 * report to the controller.
 *
 * @param appliedGeneration the generation of the desired state the last pass converged to
 * @param pools             each desired pool as the last pass found it
 * @param resources         each desired resource as the last pass left it
 * @param snapshots         each desired snapshot as the last pass found it
 * @param drbd              DRBD's state of each local resource, now
 * @param failure           why the last pass failed as a whole, if it did
 */
public record NodeReport(
        long appliedGeneration,
        List<PoolOutcome> pools,
        List<ResourceOutcome> resources,
        List<SnapshotOutcome> snapshots,
        Map<String, DrbdResourceState> drbd,
        Optional<String> failure) {

    /** Creates a value; the collections are copied. */
    public NodeReport {
        pools = List.copyOf(pools);
        resources = List.copyOf(resources);
        snapshots = List.copyOf(snapshots);
        drbd = Map.copyOf(drbd);
        Objects.requireNonNull(failure, "failure");
    }
}
