package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.plan.DesiredNode;

/** Converges the node to a desired state and says what it observes. */
public interface NodeReconciler {
    /**
     * One idempotent pass. Problems of single pools or resources are recorded for the report,
     * not thrown.
     *
     * @param passId names the pass and its trigger in every log line
     */
    void reconcile(DesiredNode desired, String passId);

    /** What the node observes now: the last pass's outcome with the current DRBD states. */
    NodeReport report();

    /** Records that a pass failed as a whole, so that the next report says so. */
    void passFailed(String passId, RuntimeException failure);
}
