package io.linstorj.satellite.drbd;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The observed state of one DRBD resource on the local node: its role, its volumes and its
 * connections to the peers. A snapshot: later changes arrive as new instances.
 *
 * @param name the resource name
 * @param role the local role
 * @param volumes the local volumes, by volume number
 * @param connections the connections to the peers, by peer node id
 */
public record DrbdResourceState(
        String name,
        DrbdRole role,
        SortedMap<Integer, DrbdVolumeState> volumes,
        SortedMap<Integer, DrbdConnectionState> connections) {
    /** Keeps unmodifiable copies of the maps. */
    public DrbdResourceState {
        volumes = Collections.unmodifiableSortedMap(new TreeMap<>(volumes));
        connections = Collections.unmodifiableSortedMap(new TreeMap<>(connections));
    }

    /** Whether the resource is in use here, that is Primary (LINSTOR's "InUse"). */
    public boolean inUse() {
        return role == DrbdRole.PRIMARY;
    }

    /** The state of the local volume with this number, if it exists. */
    public Optional<DrbdVolumeState> volume(int volumeNumber) {
        return Optional.ofNullable(volumes.get(volumeNumber));
    }
}
