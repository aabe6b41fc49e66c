package io.linstorj.client;

import java.util.List;

/**
 * The answer to {@link Linstor#snapshotList()}: the snapshots, in the controller's order.
 *
 * <p>Unlike the other list answers it has no {@code protoMsg()}: REST's snapshot shape and the
 * client protocol's {@code MsgLstSnapshot} differ, and the typed view is the one both give alike.
 *
 * @param snapshots the snapshots
 */
public record SnapshotListResponse(List<SnapshotInfo> snapshots) {
    /** Creates the answer; the list is copied. */
    public SnapshotListResponse {
        snapshots = List.copyOf(snapshots);
    }
}
