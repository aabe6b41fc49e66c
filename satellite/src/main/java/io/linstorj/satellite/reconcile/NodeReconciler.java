package io.linstorj.satellite.reconcile;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;

/** Converges the node to a desired state and says what it observes. */
public interface NodeReconciler {
    /**
     * One idempotent pass. Problems of single pools or resources are recorded for the report,
     * not thrown.
     *
     * @param passId names the pass and its trigger in every log line
     */
    void reconcile(MsgNodeDesiredState desired, String passId);

    /** What the node observes now: the last pass's outcome with the current DRBD states. */
    MsgNodeObservedState report();

    /** Records that a pass failed as a whole, so that the next report says so. */
    void passFailed(String passId, RuntimeException failure);
}
