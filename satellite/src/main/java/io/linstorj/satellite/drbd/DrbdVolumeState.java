package io.linstorj.satellite.drbd;

import java.util.Collections;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The observed state of one local volume of a DRBD resource.
 *
 * @param volumeNumber the volume number
 * @param minor the DRBD minor ({@code /dev/drbd<minor>})
 * @param diskState the local disk state ({@link DiskState#DISKLESS} on a diskless replica)
 * @param peers the volume's state towards each peer, by peer node id
 */
public record DrbdVolumeState(
        int volumeNumber, int minor, DiskState diskState, SortedMap<Integer, DrbdPeerVolumeState> peers) {
    /** Keeps an unmodifiable copy of the peers. */
    public DrbdVolumeState {
        peers = Collections.unmodifiableSortedMap(new TreeMap<>(peers));
    }

    /**
     * The replication state that best sums up the volume: a resync towards it (SyncTarget,
     * PausedSyncT, ...) first, then a resync from it, then Established if any peer is, else the
     * first other state; Off when it has no peer.
     */
    public ReplicationState replicationState() {
        return peers.values().stream()
                .map(DrbdPeerVolumeState::replication)
                .min(Comparator.comparingInt(DrbdVolumeState::summaryRank))
                .orElse(ReplicationState.OFF);
    }

    /** The progress of the resync this volume receives, 0 to 100, if one is running. */
    public OptionalDouble syncDonePercent() {
        return peers.values().stream()
                .filter(peer -> peer.replication().isSyncTarget())
                .map(DrbdPeerVolumeState::syncDonePercent)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .min();
    }

    private static int summaryRank(ReplicationState state) {
        if (state.isSyncTarget()) {
            return 0;
        }
        if (state.isSyncSource()) {
            return 1;
        }
        if (state == ReplicationState.ESTABLISHED) {
            return 2;
        }
        return state == ReplicationState.OFF ? 4 : 3;
    }
}
