package io.linstorj.controller.satellite;

import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.observed.VolumeObservation;
import java.util.List;

/**
 * One report of what a satellite observes, read off the wire by {@link ObservedReports}: the
 * links hand it inward in place of the protocol's message.
 *
 * @param appliedGeneration the desired-state generation the satellite last converged to
 */
public record ObservedReport(
        long appliedGeneration, List<Pool> pools, List<Resource> resources, List<Snapshot> snapshots) {
    /** Copies the lists. */
    public ObservedReport {
        pools = List.copyOf(pools);
        resources = List.copyOf(resources);
        snapshots = List.copyOf(snapshots);
    }

    /** A storage pool as the satellite measures it. */
    public record Pool(String name, StoragePoolObservation observation) {}

    /**
     * A resource the satellite holds, or, with {@code deleted}, no longer holds at all.
     *
     * @param deleted true when DRBD is down and none of its volumes is left on the node
     */
    public record Resource(String name, boolean deleted, ResourceObservation observation, List<Volume> volumes) {
        /** Copies the list. */
        public Resource {
            volumes = List.copyOf(volumes);
        }
    }

    /** One volume of a reported resource. */
    public record Volume(int number, VolumeObservation observation) {}

    /** A snapshot the desired state names and what exists of it on the node. */
    public record Snapshot(String resourceName, String snapshotName, SnapshotObservation observation) {}
}
