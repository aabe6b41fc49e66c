package io.linstorj.controller.satellite;

/**
 * What a {@link SatelliteConnection} tells the controller, in the controller's own records: the
 * link translates the protocol's messages before they reach a listener. Called on a network
 * thread: do not block.
 */
public interface SatelliteLinkListener {
    /** The node's connection status changed; {@code detail} says why, for logs and node lists. */
    void statusChanged(String nodeName, ConnectionStatus status, String detail);

    /** The satellite authenticated: it now needs the node's complete desired state. */
    void authenticated(String nodeName, SatelliteInfo info);

    /** The satellite reported what it observes. */
    void observed(String nodeName, ObservedReport report);
}
