package io.linstorj.satellite.drbd;

/**
 * The observed state of the connection from the local node to one peer of a resource.
 *
 * @param peerNodeId the peer's DRBD node id
 * @param peerName the peer's node name
 * @param connection the connection state
 * @param peerRole the peer's role as last reported over the connection
 */
public record DrbdConnectionState(int peerNodeId, String peerName, ConnectionState connection, DrbdRole peerRole) {}
