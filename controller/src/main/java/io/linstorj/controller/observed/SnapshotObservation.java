package io.linstorj.controller.observed;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;
import java.util.Set;

/**
 * What a node last reported about one of its snapshots.
 *
 * @param takenVolumes the volume numbers whose storage snapshot exists on the node
 * @param reports why the node could not take (all of) it, if it could not
 * @param ioSuspended the node holds the resource's I/O suspended for the snapshot (or DRBD does not run it)
 */
public record SnapshotObservation(Set<Integer> takenVolumes, List<ApiCallRc> reports, boolean ioSuspended) {
    /** Creates the observation; collections are copied. */
    public SnapshotObservation {
        takenVolumes = Set.copyOf(takenVolumes);
        reports = List.copyOf(reports);
    }

    /** An observation of a node that does not hold the resource's I/O suspended. */
    public SnapshotObservation(Set<Integer> takenVolumes, List<ApiCallRc> reports) {
        this(takenVolumes, reports, false);
    }
}
