package io.linstorj.satellite.link;

import io.linstorj.protocol.proto.MsgNodeDesiredState;

/** Receives the node's desired state from the controller link; the reconciler implements it. */
@FunctionalInterface
public interface DesiredStateSink {
    /** Takes the newest desired state; must not block the network thread. */
    void desiredState(MsgNodeDesiredState state);
}
