package io.linstorj.satellite.link;

import io.linstorj.satellite.plan.DesiredNode;

/** Receives the node's desired state, translated from the controller's message, from the link. */
@FunctionalInterface
public interface DesiredStateSink {
    /** Takes the newest desired state; must not block the network thread. */
    void desiredState(DesiredNode state);
}
