package io.linstorj.satellite.drbd;

/**
 * One replica of a DRBD resource: the node that holds it, its DRBD node id, the IP address DRBD
 * uses to reach it and whether it is diskless (a DRBD client without a backing disk).
 *
 * @param nodeName the node's name, which DRBD matches against the host's {@code uname -n}
 * @param nodeId the DRBD node id allocated by the controller, 0 to 31, unique in the resource
 * @param address an IPv4 or IPv6 literal of the node's replication interface
 * @param diskless true for a diskless replica ({@code disk none})
 */
public record DrbdReplica(String nodeName, int nodeId, String address, boolean diskless) {
    /** Validates every field. */
    public DrbdReplica {
        DrbdNames.nodeName(nodeName);
        DrbdNames.nodeId(nodeId);
        DrbdNames.ipAddress(address);
    }

    /** A replica with a backing disk. */
    public static DrbdReplica diskful(String nodeName, int nodeId, String address) {
        return new DrbdReplica(nodeName, nodeId, address, false);
    }

    /** A replica without a backing disk. */
    public static DrbdReplica diskless(String nodeName, int nodeId, String address) {
        return new DrbdReplica(nodeName, nodeId, address, true);
    }
}
