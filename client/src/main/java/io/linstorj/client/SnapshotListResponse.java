package io.linstorj.client;

import java.util.List;

/**
 * The answer to {@link Linstor#snapshotList()}: the snapshots, in the controller's order.
 *
 * <p>Unlike the other list answers it has no {@code protoMsg()}: the client protocol has no
 * snapshot messages yet, so snapshots are listed over REST only.
 *
 * @param snapshots the snapshots
 */
public record SnapshotListResponse(List<SnapshotInfo> snapshots) {
    /** Creates the answer; the list is copied. */
    public SnapshotListResponse {
        snapshots = List.copyOf(snapshots);
    }
}
