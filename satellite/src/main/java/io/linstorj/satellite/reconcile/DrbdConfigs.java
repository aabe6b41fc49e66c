package io.linstorj.satellite.reconcile;

import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.drbd.DrbdConnectionOptions;
import io.linstorj.satellite.drbd.DrbdNetOptions;
import io.linstorj.satellite.drbd.DrbdReplica;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdVolume;
import io.linstorj.satellite.drbd.InitialSync;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the controller's resource spec and the backing disks into a DRBD configuration. */
final class DrbdConfigs {
    private DrbdConfigs() {}

    /**
     * The DRBD configuration of {@code spec} on {@code localNode}.
     *
     * @param localAddress the local replica's address as the peers reach it
     * @param backingDisks backing disk per volume number of the local diskful replica
     */
    static DrbdResource of(
            ResourceSpec spec, String localNode, String localAddress, Map<Integer, String> backingDisks) {
        List<DrbdReplica> replicas = new ArrayList<>();
        Map<String, DrbdConnectionOptions> connectionOptions = new HashMap<>();
        replicas.add(
                spec.getDiskless()
                        ? DrbdReplica.diskless(localNode, spec.getNodeId(), localAddress)
                        : DrbdReplica.diskful(localNode, spec.getNodeId(), localAddress));
        for (PeerSpec peer : spec.getPeersList()) {
            connectionOptions.put(
                    peer.getNodeName(), DrbdConnectionOptions.fromProperties(peer.getConnectionPropsMap()));
            replicas.add(
                    peer.getDiskless()
                            ? DrbdReplica.diskless(peer.getNodeName(), peer.getNodeId(), peer.getAddress())
                            : DrbdReplica.diskful(peer.getNodeName(), peer.getNodeId(), peer.getAddress()));
        }
        List<DrbdVolume> volumes = new ArrayList<>();
        for (VolumeSpec volume : spec.getVolumesList()) {
            if (spec.getDiskless()) {
                volumes.add(DrbdVolume.diskless(volume.getVolumeNumber(), volume.getMinor(), volume.getSizeKib()));
            } else {
                InitialSync sync = volume.getInitialGenerationId().isEmpty()
                        ? InitialSync.fromPeer()
                        : InitialSync.skip(volume.getInitialGenerationId());
                volumes.add(DrbdVolume.diskful(
                        volume.getVolumeNumber(),
                        volume.getMinor(),
                        volume.getSizeKib(),
                        backingDisks.get(volume.getVolumeNumber()),
                        sync));
            }
        }
        return new DrbdResource(
                spec.getName(),
                spec.getPort(),
                spec.getSecret(),
                DrbdNetOptions.fromProperties(spec.getPropsMap()),
                localNode,
                volumes,
                replicas,
                connectionOptions);
    }
}
