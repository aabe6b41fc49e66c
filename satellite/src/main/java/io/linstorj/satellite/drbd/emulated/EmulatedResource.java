package io.linstorj.satellite.drbd.emulated;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdConnectionState;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdPeerVolumeState;
import io.linstorj.satellite.drbd.DrbdReplica;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.DrbdVolume;
import io.linstorj.satellite.drbd.DrbdVolumeState;
import io.linstorj.satellite.drbd.ReplicationState;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The emulated state of one resource on the local node. Peers are assumed reachable: every
 * connection shows Connected, their roles Unknown and their disks DUnknown (Diskless for diskless
 * peers, UpToDate for the peer a volume syncs from), since one satellite cannot see the others.
 * Mutable; only touched under the driver's lock.
 */
final class EmulatedResource {
    private DrbdResource config;
    private DrbdRole role = DrbdRole.SECONDARY;
    private final Map<Integer, EmulatedVolume> volumes = new TreeMap<>();

    EmulatedResource(DrbdResource config, Instant now) {
        this.config = config;
        for (DrbdVolume volume : config.volumes()) {
            volumes.put(volume.number(), appeared(config, volume, now));
        }
    }

    DrbdResource config() {
        return config;
    }

    /**
     * Converges to a new desired configuration: new volumes appear, removed ones go, a replica
     * turned diskless drops its disks, one turned diskful syncs, sizes follow.
     *
     * @return whether the configuration differed
     */
    boolean update(DrbdResource desired, Instant now) {
        if (desired.equals(config)) {
            return false;
        }
        boolean nowDiskless = desired.localReplica().diskless();
        volumes.keySet().removeIf(number -> desired.volume(number).isEmpty());
        for (DrbdVolume volume : desired.volumes()) {
            EmulatedVolume current = volumes.get(volume.number());
            if (current == null || (current.disk() == DiskState.DISKLESS && !nowDiskless)) {
                volumes.put(volume.number(), appeared(desired, volume, now));
                continue;
            }
            if (nowDiskless) {
                current.detach();
            }
            current.resize(volume.sizeKib());
            current.chooseSyncSource(desired.peers(), now);
        }
        config = desired;
        return true;
    }

    boolean isSyncing() {
        return volumes.values().stream().anyMatch(EmulatedVolume::isSyncing);
    }

    void progress(Instant now, long rateKibPerSecond) {
        volumes.values().forEach(volume -> volume.progress(now, rateKibPerSecond));
    }

    void resize(int volumeNumber, long sizeKib) {
        EmulatedVolume volume = volumes.get(volumeNumber);
        if (volume == null) {
            throw new IllegalArgumentException("resource " + config.name() + " has no volume " + volumeNumber);
        }
        volume.resize(sizeKib);
        config = config.withVolume(config.volume(volumeNumber).orElseThrow().withSizeKib(sizeKib));
    }

    /**
     * Becomes Primary if every volume reaches up-to-date data: its own disk, a running resync or
     * a diskful peer. With {@code force}, an Inconsistent disk is declared UpToDate, as DRBD does.
     */
    void promote(boolean force) {
        boolean hasDiskfulPeer = config.peers().stream().anyMatch(peer -> !peer.diskless());
        for (EmulatedVolume volume : volumes.values()) {
            boolean reachesData = volume.disk() == DiskState.UP_TO_DATE
                    || volume.isSyncing()
                    || (volume.disk() == DiskState.DISKLESS && hasDiskfulPeer);
            if (reachesData) {
                continue;
            }
            if (force && volume.disk() == DiskState.INCONSISTENT) {
                volume.becomeUpToDate();
                continue;
            }
            throw new DrbdException("cannot promote resource " + config.name() + ": volume " + volume.number() + " is "
                    + volume.disk() + " and reaches no up-to-date data");
        }
        role = DrbdRole.PRIMARY;
    }

    void demote() {
        role = DrbdRole.SECONDARY;
    }

    DrbdResourceState snapshot() {
        TreeMap<Integer, DrbdVolumeState> volumeStates = new TreeMap<>();
        volumes.forEach((number, volume) -> volumeStates.put(number, volumeState(volume)));
        TreeMap<Integer, DrbdConnectionState> connections = new TreeMap<>();
        for (DrbdReplica peer : config.peers()) {
            connections.put(
                    peer.nodeId(),
                    new DrbdConnectionState(
                            peer.nodeId(), peer.nodeName(), ConnectionState.CONNECTED, DrbdRole.UNKNOWN));
        }
        return new DrbdResourceState(config.name(), role, volumeStates, connections);
    }

    private static EmulatedVolume appeared(DrbdResource config, DrbdVolume volume, Instant now) {
        return EmulatedVolume.appeared(volume, config.localReplica().diskless(), config.peers(), now);
    }

    private DrbdVolumeState volumeState(EmulatedVolume volume) {
        TreeMap<Integer, DrbdPeerVolumeState> peers = new TreeMap<>();
        for (DrbdReplica peer : config.peers()) {
            boolean source =
                    volume.syncSource().isPresent() && volume.syncSource().getAsInt() == peer.nodeId();
            ReplicationState replication =
                    source && volume.syncStarted() ? ReplicationState.SYNC_TARGET : ReplicationState.ESTABLISHED;
            DiskState peerDisk =
                    peer.diskless() ? DiskState.DISKLESS : source ? DiskState.UP_TO_DATE : DiskState.DUNKNOWN;
            OptionalDouble done = source ? volume.donePercent() : OptionalDouble.empty();
            peers.put(
                    peer.nodeId(),
                    new DrbdPeerVolumeState(peer.nodeId(), peer.nodeName(), replication, peerDisk, done));
        }
        return new DrbdVolumeState(volume.number(), volume.minor(), volume.disk(), peers);
    }
}
