package io.linstorj.satellite.drbd;

import java.util.OptionalDouble;

/**
 * The observed state of one volume towards one peer (DRBD's "peer device").
 *
 * @param peerNodeId the peer's DRBD node id
 * @param peerName the peer's node name
 * @param replication the replication state towards the peer
 * @param peerDiskState the peer's disk state as the peer reports it
 * @param syncDonePercent how far a running resync with this peer is, 0 to 100, empty when none
 */
public record DrbdPeerVolumeState(
        int peerNodeId,
        String peerName,
        ReplicationState replication,
        DiskState peerDiskState,
        OptionalDouble syncDonePercent) {}
