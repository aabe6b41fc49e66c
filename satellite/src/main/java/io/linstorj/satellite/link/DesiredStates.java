package io.linstorj.satellite.link;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.SnapshotSpec;
import io.linstorj.protocol.proto.SnapshotVolumeSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.plan.DesiredNode;
import io.linstorj.satellite.plan.DesiredPeer;
import io.linstorj.satellite.plan.DesiredPool;
import io.linstorj.satellite.plan.DesiredResource;
import io.linstorj.satellite.plan.DesiredSnapshot;
import io.linstorj.satellite.plan.DesiredVolume;
import java.util.Optional;

/**
 * Translates the controller's desired-state message into the satellite's records, so that the
 * wire stops at the link. Protobuf's empty strings for "not set" become empty {@link Optional}s.
 */
public final class DesiredStates {
    private DesiredStates() {}

    /** The node's desired state that {@code message} carries. */
    public static DesiredNode of(MsgNodeDesiredState message) {
        return new DesiredNode(
                message.getGeneration(),
                message.getNodeName(),
                message.getNodeAddress(),
                message.getStoragePoolsList().stream().map(DesiredStates::pool).toList(),
                message.getResourcesList().stream().map(DesiredStates::resource).toList(),
                message.getSnapshotsList().stream().map(DesiredStates::snapshot).toList());
    }

    private static DesiredPool pool(StoragePoolSpec spec) {
        return new DesiredPool(spec.getName(), spec.getProviderKind(), spec.getPropsMap());
    }

    private static DesiredResource resource(ResourceSpec spec) {
        Optional<DesiredResource.Rollback> rollback = spec.getRollbackId().isEmpty()
                ? Optional.empty()
                : Optional.of(new DesiredResource.Rollback(spec.getRollbackSnapshot(), spec.getRollbackId()));
        return new DesiredResource(
                spec.getName(),
                spec.getPort(),
                spec.getSecret(),
                spec.getPropsMap(),
                spec.getNodeId(),
                spec.getDiskless(),
                spec.getVolumesList().stream().map(DesiredStates::volume).toList(),
                spec.getPeersList().stream().map(DesiredStates::peer).toList(),
                spec.getPeerSlots(),
                spec.getInactive(),
                rollback,
                spec.getDelete());
    }

    private static DesiredVolume volume(VolumeSpec spec) {
        return new DesiredVolume(
                spec.getVolumeNumber(),
                spec.getSizeKib(),
                spec.getMinor(),
                spec.getStoragePoolName(),
                spec.getInitialGenerationId().isEmpty() ? Optional.empty() : Optional.of(spec.getInitialGenerationId()),
                spec.hasRestoreFrom()
                        ? Optional.of(new DesiredVolume.RestoreSource(
                                spec.getRestoreFrom().getResourceName(),
                                spec.getRestoreFrom().getSnapshotName()))
                        : Optional.empty());
    }

    private static DesiredPeer peer(PeerSpec spec) {
        return new DesiredPeer(
                spec.getNodeName(),
                spec.getNodeId(),
                spec.getAddress(),
                spec.getDiskless(),
                spec.getConnectionPropsMap());
    }

    private static DesiredSnapshot snapshot(SnapshotSpec spec) {
        return new DesiredSnapshot(
                spec.getResourceName(),
                spec.getSnapshotName(),
                spec.getVolumesList().stream()
                        .map(DesiredStates::snapshotVolume)
                        .toList(),
                stage(spec));
    }

    private static DesiredSnapshot.Volume snapshotVolume(SnapshotVolumeSpec spec) {
        return new DesiredSnapshot.Volume(spec.getVolumeNumber(), spec.getStoragePoolName());
    }

    /**
     * The stage; one this satellite does not know (a newer controller's) is taken as KEEP, which
     * suspends and takes nothing, as protobuf's default would be.
     */
    private static DesiredSnapshot.Stage stage(SnapshotSpec spec) {
        return switch (spec.getStage()) {
            case SNAPSHOT_SUSPEND -> DesiredSnapshot.Stage.SUSPEND;
            case SNAPSHOT_TAKE -> DesiredSnapshot.Stage.TAKE;
            case SNAPSHOT_KEEP, UNRECOGNIZED -> DesiredSnapshot.Stage.KEEP;
        };
    }
}
