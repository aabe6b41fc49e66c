package io.linstorj.controller.node;

import io.linstorj.controller.cluster.Node;

/**
 * A node as listed: desired state merged with the observed connection status.
 *
 * @param node the node
 * @param connectionStatus OFFLINE, CONNECTED, ONLINE, ...
 * @param satelliteInfo what the satellite said of itself (its DRBD driver), empty if unknown
 */
public record NodeView(Node node, String connectionStatus, String satelliteInfo) {}
