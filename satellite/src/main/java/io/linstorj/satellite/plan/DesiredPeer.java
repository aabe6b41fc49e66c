package io.linstorj.satellite.plan;

import java.util.Map;
import java.util.Objects;

/**
 * Another replica of a desired resource, as DRBD connects to it.
 *
 * @param nodeName        the peer's node
 * @param nodeId          its DRBD node id
 * @param address         its address
 * @param diskless        whether the peer is diskless
 * @param connectionProps properties of the connection to it that matter to DRBD ({@code DrbdOptions/...})
 */
public record DesiredPeer(
        String nodeName, int nodeId, String address, boolean diskless, Map<String, String> connectionProps) {

    /** Creates a value; the properties are copied. */
    public DesiredPeer {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(address, "address");
        connectionProps = Map.copyOf(connectionProps);
    }
}
