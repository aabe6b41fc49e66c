package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@link Linstor#snapshotList()}: the snapshots, in the controller's order.
 *
 * <p>{@link #protoMsg()} is the client protocol's {@code MsgLstSnapshotDfn} (over REST built from
 * the JSON, so that it is the same over both transports); {@link #snapshots()} its typed,
 * immutable view.
 */
public final class SnapshotListResponse {
    private final MsgLstSnapshotDfn protoMsg;
    private final List<SnapshotInfo> snapshots;

    /** Wraps a list message of the protocol. */
    public SnapshotListResponse(MsgLstSnapshotDfn protoMsg) {
        this.protoMsg = protoMsg;
        this.snapshots = ProtoViews.map(protoMsg.getSnapshotDfnsList(), ProtoViews::snapshot);
    }

    /** The protocol message as the controller sent it (over REST: as the JSON gave it). */
    public MsgLstSnapshotDfn protoMsg() {
        return protoMsg;
    }

    /** The snapshots, each with its nodes, flags, properties and volume sizes. */
    public List<SnapshotInfo> snapshots() {
        return snapshots;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SnapshotListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "SnapshotListResponse{snapshots=" + snapshots + "}";
    }
}
