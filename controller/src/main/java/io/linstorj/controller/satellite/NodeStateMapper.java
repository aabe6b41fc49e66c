package io.linstorj.controller.satellite;

import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.resource.InitialSyncRule;
import io.linstorj.controller.snapshot.SnapshotProps;
import io.linstorj.controller.snapshot.SnapshotStages;
import io.linstorj.controller.state.NodeDesiredState;
import io.linstorj.controller.state.PeerResource;
import io.linstorj.controller.state.ResourceDesiredState;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.SnapshotRef;
import io.linstorj.protocol.proto.SnapshotSpec;
import io.linstorj.protocol.proto.SnapshotStage;
import io.linstorj.protocol.proto.SnapshotVolumeSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Translates a node's desired state into the message its satellite converges to. */
final class NodeStateMapper {
    private static final int MIN_PEER_SLOTS = 7;

    private NodeStateMapper() {}

    static MsgNodeDesiredState toMessage(NodeDesiredState state, long generation) {
        return toMessage(state, generation, new SnapshotStages());
    }

    static MsgNodeDesiredState toMessage(NodeDesiredState state, long generation, SnapshotStages stages) {
        MsgNodeDesiredState.Builder msg = withoutResources(state.node(), state.storagePools(), generation);
        for (ResourceDesiredState resource : state.resources()) {
            msg.addResources(resource(resource));
        }
        addSnapshots(msg, state.snapshots(), stages);
        return msg.build();
    }

    /**
     * Adds the snapshots the node must hold to its message, each with the stage the controller's
     * snapshot of all its nodes is in; one given up is left out, so the node deletes its copies.
     */
    static MsgNodeDesiredState.Builder addSnapshots(
            MsgNodeDesiredState.Builder msg, List<Snapshot> snapshots, SnapshotStages stages) {
        for (Snapshot snapshot : snapshots) {
            SnapshotStage stage = switch (stages.stage(snapshot.resourceName(), snapshot.snapshotName())
                    .orElse(SnapshotStages.Stage.KEEP)) {
                case SUSPEND -> SnapshotStage.SNAPSHOT_SUSPEND;
                case TAKE -> SnapshotStage.SNAPSHOT_TAKE;
                case KEEP -> SnapshotStage.SNAPSHOT_KEEP;
                case ABORT -> null;
            };
            if (stage == null) {
                continue;
            }
            SnapshotSpec.Builder spec = SnapshotSpec.newBuilder()
                    .setResourceName(snapshot.resourceName())
                    .setSnapshotName(snapshot.snapshotName())
                    .setStage(stage);
            snapshot.volumePools()
                    .forEach((number, pool) -> spec.addVolumes(SnapshotVolumeSpec.newBuilder()
                            .setVolumeNumber(number)
                            .setStoragePoolName(pool)));
            msg.addSnapshots(spec);
        }
        return msg;
    }

    /** The message with the node and its storage pools, to which the caller adds the resources. */
    static MsgNodeDesiredState.Builder withoutResources(Node node, List<StoragePool> storagePools, long generation) {
        MsgNodeDesiredState.Builder msg = MsgNodeDesiredState.newBuilder()
                .setGeneration(generation)
                .setNodeName(node.name())
                .setNodeAddress(
                        node.satelliteConnection().map(NetInterface::address).orElse(""));
        for (StoragePool pool : storagePools) {
            msg.addStoragePools(StoragePoolSpec.newBuilder()
                    .setName(pool.name())
                    .setProviderKind(pool.providerKind().name())
                    .putAllProps(pool.props()));
        }
        return msg;
    }

    /** One resource as the node must realise it; depends on nothing but {@code state}. */
    static ResourceSpec resource(ResourceDesiredState state) {
        Resource local = state.local();
        Map<String, String> props = new HashMap<>(state.definition().props());
        props.putAll(local.props());
        ResourceSpec.Builder spec = ResourceSpec.newBuilder()
                .setName(state.definition().name())
                .setPort(state.definition().port())
                .setSecret(state.definition().secret())
                .putAllProps(drbdProps(props))
                .setNodeId(local.nodeId())
                .setDiskless(local.isDiskless())
                .setInactive(local.isInactive())
                .setDelete(local.isDeleting())
                .setPeerSlots(Math.max(MIN_PEER_SLOTS, state.peers().size() + 1));
        String rollback = local.props().get(SnapshotProps.ROLLBACK);
        if (rollback != null && !local.isDiskless()) {
            int slash = rollback.indexOf('/');
            spec.setRollbackSnapshot(rollback.substring(0, slash)).setRollbackId(rollback.substring(slash + 1));
        }
        boolean skipInitialSync = InitialSyncRule.skips(local);
        Map<Integer, Volume> localVolumes = new HashMap<>();
        for (Volume volume : state.localVolumes()) {
            localVolumes.put(volume.volumeNumber(), volume);
        }
        for (VolumeDefinition definition : state.volumeDefinitions()) {
            VolumeSpec.Builder volume = VolumeSpec.newBuilder()
                    .setVolumeNumber(definition.volumeNumber())
                    .setSizeKib(definition.sizeKib())
                    .setMinor(definition.minorNumber());
            if (!local.isDiskless()) {
                Volume localVolume = localVolumes.get(definition.volumeNumber());
                volume.setStoragePoolName(localVolume == null ? "" : localVolume.storagePoolName());
                String source = localVolume == null ? null : localVolume.props().get(SnapshotProps.RESTORE_FROM);
                if (source != null) {
                    int slash = source.indexOf('/');
                    volume.setRestoreFrom(SnapshotRef.newBuilder()
                            .setResourceName(source.substring(0, slash))
                            .setSnapshotName(source.substring(slash + 1)));
                }
                if (skipInitialSync) {
                    volume.setInitialGenerationId(generationId(definition.uuid()));
                }
            }
            spec.addVolumes(volume);
        }
        for (PeerResource peer : state.peers()) {
            // A deactivated replica has DRBD down, one marked for deletion is going down: its peers
            // do not try to connect to it.
            if (peer.resource().isInactive() || peer.resource().isDeleting()) {
                continue;
            }
            spec.addPeers(PeerSpec.newBuilder()
                    .setNodeName(peer.resource().nodeName())
                    .setNodeId(peer.resource().nodeId())
                    .setAddress(peer.connectionInterface()
                            .map(NetInterface::address)
                            .orElse(""))
                    .setDiskless(peer.resource().isDiskless())
                    .putAllConnectionProps(drbdProps(peer.connectionProps())));
        }
        return spec.build();
    }

    private static Map<String, String> drbdProps(Map<String, String> props) {
        Map<String, String> drbd = new HashMap<>(props);
        drbd.keySet().removeIf(key -> !key.startsWith("DrbdOptions/"));
        return drbd;
    }

    /**
     * DRBD's current generation id for a volume that starts without an initial sync: the same on
     * every replica, derived from the volume definition so that nothing extra must be stored.
     * DRBD reserves the lowest bit; zero is not a valid id.
     */
    static String generationId(UUID volumeDefinition) {
        long id = (volumeDefinition.getMostSignificantBits() ^ volumeDefinition.getLeastSignificantBits()) & ~1L;
        if (id == 0 || id == 4) {
            id = 0x5EED5EED5EED5EE0L;
        }
        return String.format("%016X", id);
    }
}
