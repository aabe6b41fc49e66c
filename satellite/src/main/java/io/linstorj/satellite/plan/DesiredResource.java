package io.linstorj.satellite.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local replica of one resource as the controller wants it.
 *
 * @param name      the resource
 * @param port      its DRBD port
 * @param secret    its DRBD shared secret
 * @param props     merged properties that matter to its DRBD configuration ({@code DrbdOptions/...})
 * @param nodeId    the local replica's DRBD node id
 * @param diskless  whether the local replica is diskless
 * @param volumes   its volumes
 * @param peers     the other replicas DRBD connects to
 * @param peerSlots DRBD peer slots to reserve in new metadata
 * @param inactive  deactivated (LINSTOR's INACTIVE): DRBD stays down, the volumes and their data stay
 * @param rollback  a rollback to a snapshot on this node, done once per rollback id
 * @param deleting  marked for deletion (LINSTOR's DELETE): DRBD down, volumes deleted, then reported gone
 */
public record DesiredResource(
        String name,
        int port,
        String secret,
        Map<String, String> props,
        int nodeId,
        boolean diskless,
        List<DesiredVolume> volumes,
        List<DesiredPeer> peers,
        int peerSlots,
        boolean inactive,
        Optional<Rollback> rollback,
        boolean deleting) {

    /** Creates a value; the collections are copied. */
    public DesiredResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(rollback, "rollback");
        props = Map.copyOf(props);
        volumes = List.copyOf(volumes);
        peers = List.copyOf(peers);
    }

    /**
     * A rollback of the local volumes to a snapshot of this resource.
     *
     * @param snapshotName the snapshot
     * @param id           names this rollback: the node does each id once
     */
    public record Rollback(String snapshotName, String id) {
        /** Creates a value. */
        public Rollback {
            Objects.requireNonNull(snapshotName, "snapshotName");
            Objects.requireNonNull(id, "id");
        }
    }
}
