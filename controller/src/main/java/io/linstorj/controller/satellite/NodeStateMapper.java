package io.linstorj.controller.satellite;

import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.resource.InitialSyncRule;
import io.linstorj.controller.state.NodeDesiredState;
import io.linstorj.controller.state.PeerResource;
import io.linstorj.controller.state.ResourceDesiredState;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Translates a node's desired state into the message its satellite converges to. */
final class NodeStateMapper {
    private static final int MIN_PEER_SLOTS = 7;

    private NodeStateMapper() {
    }

    static MsgNodeDesiredState toMessage(NodeDesiredState state, long generation) {
        MsgNodeDesiredState.Builder msg = withoutResources(state.node(), state.storagePools(), generation);
        for (ResourceDesiredState resource : state.resources()) {
            msg.addResources(resource(resource));
        }
        return msg.build();
    }

    /** The message with the node and its storage pools, to which the caller adds the resources. */
    static MsgNodeDesiredState.Builder withoutResources(Node node, List<StoragePool> storagePools, long generation) {
        MsgNodeDesiredState.Builder msg = MsgNodeDesiredState.newBuilder()
            .setGeneration(generation)
            .setNodeName(node.name())
            .setNodeAddress(node.satelliteConnection().map(NetInterface::address).orElse(""));
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
        props.keySet().removeIf(key -> !key.startsWith("DrbdOptions/"));
        ResourceSpec.Builder spec = ResourceSpec.newBuilder()
            .setName(state.definition().name())
            .setPort(state.definition().port())
            .setSecret(state.definition().secret())
            .putAllProps(props)
            .setNodeId(local.nodeId())
            .setDiskless(local.isDiskless())
            .setPeerSlots(Math.max(MIN_PEER_SLOTS, state.peers().size() + 1));
        boolean skipInitialSync = InitialSyncRule.skips(local);
        Map<Integer, String> poolOfVolume = new HashMap<>();
        for (Volume volume : state.localVolumes()) {
            poolOfVolume.put(volume.volumeNumber(), volume.storagePoolName());
        }
        for (VolumeDefinition definition : state.volumeDefinitions()) {
            VolumeSpec.Builder volume = VolumeSpec.newBuilder()
                .setVolumeNumber(definition.volumeNumber())
                .setSizeKib(definition.sizeKib())
                .setMinor(definition.minorNumber());
            if (!local.isDiskless()) {
                volume.setStoragePoolName(poolOfVolume.getOrDefault(definition.volumeNumber(), ""));
                if (skipInitialSync) {
                    volume.setInitialGenerationId(generationId(definition.uuid()));
                }
            }
            spec.addVolumes(volume);
        }
        for (PeerResource peer : state.peers()) {
            spec.addPeers(PeerSpec.newBuilder()
                .setNodeName(peer.resource().nodeName())
                .setNodeId(peer.resource().nodeId())
                .setAddress(peer.connectionInterface().map(NetInterface::address).orElse(""))
                .setDiskless(peer.resource().isDiskless()));
        }
        return spec.build();
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
