package io.linstorj.controller.snapshot;

import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.observed.SnapshotObservation;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot on one node with what the node last reported of it.
 *
 * @param snapshot the desired snapshot
 * @param observation the node's last report; empty when it said nothing yet (or is away)
 * @param resourceProps the properties of the node's replica, as LINSTOR shows them (empty without one)
 */
public record SnapshotNodeView(
        Snapshot snapshot, Optional<SnapshotObservation> observation, Map<String, String> resourceProps) {
    /** State of a volume's snapshot: taken, failed (the node reported a problem) or pending. */
    public static final String TAKEN = "Taken";
    /** See {@link #TAKEN}. */
    public static final String FAILED = "Failed";
    /** See {@link #TAKEN}. */
    public static final String PENDING = "Pending";

    /** Creates the view; the map is copied. */
    public SnapshotNodeView {
        resourceProps = Map.copyOf(resourceProps);
    }

    /** The state of the snapshot of volume {@code volumeNumber} on this node. */
    public String volumeState(int volumeNumber) {
        if (observation.isEmpty()) {
            return PENDING;
        }
        if (observation.get().takenVolumes().contains(volumeNumber)) {
            return TAKEN;
        }
        return observation.get().reports().isEmpty() ? PENDING : FAILED;
    }

    /** True when every volume's snapshot exists on the node. */
    public boolean taken() {
        return snapshot.volumePools().keySet().stream().allMatch(number -> TAKEN.equals(volumeState(number)));
    }

    /** True when the node reported a problem with this snapshot. */
    public boolean failed() {
        return observation.isPresent() && !observation.get().reports().isEmpty() && !taken();
    }
}
