package io.linstorj.controller.satellite;

import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.MsgSatelliteInfo;

/** What a {@link SatelliteConnection} tells the controller. Called on a network thread: do not block. */
public interface SatelliteLinkListener {
    /** The node's connection status changed; {@code detail} says why, for logs and node lists. */
    void statusChanged(String nodeName, ConnectionStatus status, String detail);

    /** The satellite authenticated: it now needs the node's complete desired state. */
    void authenticated(String nodeName, MsgSatelliteInfo info);

    /** The satellite reported what it observes. */
    void observed(String nodeName, MsgNodeObservedState state);
}
