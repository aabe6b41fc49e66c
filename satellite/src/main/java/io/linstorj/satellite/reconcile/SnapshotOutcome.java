package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.plan.Problem;
import java.util.List;
import java.util.Set;

/**
 * What the last pass found of one desired snapshot.
 *
 * @param resourceName the resource
 * @param snapshotName the snapshot
 * @param takenVolumes the volumes whose storage snapshot exists
 * @param problems why (some of) it could not be taken
 * @param ioSuspended the resource's I/O is suspended for the snapshot's stage (or DRBD does not run it)
 */
public record SnapshotOutcome(
        String resourceName,
        String snapshotName,
        Set<Integer> takenVolumes,
        List<Problem> problems,
        boolean ioSuspended) {
    /** Creates a value; the collections are copied. */
    public SnapshotOutcome {
        takenVolumes = Set.copyOf(takenVolumes);
        problems = List.copyOf(problems);
    }
}
