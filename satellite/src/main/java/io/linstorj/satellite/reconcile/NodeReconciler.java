package io.linstorj.satellite.reconcile;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;

/** Converges the node to a desired state and says what it then observes. */
public interface NodeReconciler {
    /**
     * One idempotent pass.
     *
     * @param passId names the pass and its trigger in every log line
     */
    MsgNodeObservedState reconcile(MsgNodeDesiredState desired, String passId);

    /** The report of a pass that failed as a whole. */
    MsgNodeObservedState failureReport(MsgNodeDesiredState desired, RuntimeException failure);
}
