package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.drbd.DrbdConnectionOptions;
import io.linstorj.satellite.drbd.DrbdNetOptions;
import io.linstorj.satellite.drbd.DrbdReplica;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdVolume;
import io.linstorj.satellite.drbd.InitialSync;
import io.linstorj.satellite.plan.DesiredPeer;
import io.linstorj.satellite.plan.DesiredResource;
import io.linstorj.satellite.plan.DesiredVolume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a desired resource and the backing disks into a DRBD configuration. */
final class DrbdConfigs {
    private DrbdConfigs() {}

    /**
     * The DRBD configuration of {@code spec} on {@code localNode}.
     *
     * @param localAddress the local replica's address as the peers reach it
     * @param backingDisks backing disk per volume number of the local diskful replica
     */
    static DrbdResource of(
            DesiredResource spec, String localNode, String localAddress, Map<Integer, String> backingDisks) {
        List<DrbdReplica> replicas = new ArrayList<>();
        Map<String, DrbdConnectionOptions> connectionOptions = new HashMap<>();
        replicas.add(
                spec.diskless()
                        ? DrbdReplica.diskless(localNode, spec.nodeId(), localAddress)
                        : DrbdReplica.diskful(localNode, spec.nodeId(), localAddress));
        for (DesiredPeer peer : spec.peers()) {
            connectionOptions.put(peer.nodeName(), DrbdConnectionOptions.fromProperties(peer.connectionProps()));
            replicas.add(
                    peer.diskless()
                            ? DrbdReplica.diskless(peer.nodeName(), peer.nodeId(), peer.address())
                            : DrbdReplica.diskful(peer.nodeName(), peer.nodeId(), peer.address()));
        }
        List<DrbdVolume> volumes = new ArrayList<>();
        for (DesiredVolume volume : spec.volumes()) {
            if (spec.diskless()) {
                volumes.add(DrbdVolume.diskless(volume.volumeNumber(), volume.minor(), volume.sizeKib()));
            } else {
                InitialSync sync =
                        volume.initialGenerationId().map(InitialSync::skip).orElseGet(InitialSync::fromPeer);
                volumes.add(DrbdVolume.diskful(
                        volume.volumeNumber(),
                        volume.minor(),
                        volume.sizeKib(),
                        backingDisks.get(volume.volumeNumber()),
                        sync));
            }
        }
        return new DrbdResource(
                spec.name(),
                spec.port(),
                spec.secret(),
                DrbdNetOptions.fromProperties(spec.props()),
                localNode,
                volumes,
                replicas,
                connectionOptions);
    }
}
