package io.linstorj.controller.autoplace;

import io.linstorj.controller.placement.PlacementResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A placement decided on a snapshot of the cluster, off the writer, waiting to be applied in a
 * mutation. Used for one attempt: the mutation marks it stale when the state changed so that the
 * decision no longer holds, and the caller then decides once more; the final attempt's mutation
 * decides itself instead of marking it stale.
 */
public final class PlacementPlan {
    private enum Kind {
        DECIDED,
        UNAVAILABLE,
        BUSY,
        FAILED
    }

    private final Kind kind;
    private final PlacementResult result;
    private final List<String> unmeasured;
    private final RuntimeException failure;
    private final AtomicBoolean stale = new AtomicBoolean();
    private volatile boolean finalAttempt;

    private PlacementPlan(Kind kind, PlacementResult result, List<String> unmeasured, RuntimeException failure) {
        this.kind = kind;
        this.result = result;
        this.unmeasured = List.copyOf(unmeasured);
        this.failure = failure;
    }

    /** The placer's answer on the snapshot, with the pools it could not consider. */
    static PlacementPlan decided(PlacementResult result, List<String> unmeasured) {
        return new PlacementPlan(Kind.DECIDED, result, unmeasured, null);
    }

    /** The snapshot lacked what placement needs (no definition, no group): the mutation refuses. */
    static PlacementPlan unavailable() {
        return new PlacementPlan(Kind.UNAVAILABLE, null, List.of(), null);
    }

    /** Too many placements were queued to take this one. */
    static PlacementPlan busy() {
        return new PlacementPlan(Kind.BUSY, null, List.of(), null);
    }

    /** Placement failed unexpectedly; the mutation rethrows, so the writer answers FAIL_IMPL_ERROR. */
    static PlacementPlan failed(RuntimeException failure) {
        return new PlacementPlan(Kind.FAILED, null, List.of(), failure);
    }

    boolean isUnavailable() {
        return kind == Kind.UNAVAILABLE;
    }

    boolean isBusy() {
        return kind == Kind.BUSY;
    }

    RuntimeException failure() {
        return failure;
    }

    PlacementResult result() {
        return result;
    }

    List<String> unmeasured() {
        return unmeasured;
    }

    /** Marks this the last decision taken off the writer: if it is stale, the mutation decides itself. */
    void markFinalAttempt() {
        finalAttempt = true;
    }

    boolean isFinalAttempt() {
        return finalAttempt;
    }

    void markStale() {
        stale.set(true);
    }

    /** True when the mutation found the state changed since the decision and applied nothing. */
    public boolean wasStale() {
        return stale.get();
    }
}
