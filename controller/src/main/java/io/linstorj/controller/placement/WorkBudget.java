package io.linstorj.controller.placement;

import io.linstorj.common.RetCodes;
import java.util.List;

/**
 * How much work one placement call may do, counted in units (a candidate node, a pool, a deployed
 * resource looked at, a step of the replica-set search), so that no cluster size or filter turns a
 * placement into an unbounded computation: past the limit the call is refused with
 * {@code FAIL_UNDECIDABLE_AUTOPLACMENT} instead. One per call, or one for all the calls of one
 * query ({@link Placer#sharingOneBudget}); never shared between threads.
 */
final class WorkBudget {
    private final long limit;
    private long spent;

    WorkBudget(long limit) {
        this.limit = limit;
    }

    /**
     * Spends {@code units}.
     *
     * @throws PlacementRefusedException once the total passes the limit
     */
    void spend(long units) {
        spent += units;
        if (spent > limit) {
            throw new PlacementRefusedException(new PlacementRefusal(
                    RetCodes.FAIL_UNDECIDABLE_AUTOPLACMENT,
                    "Placement stopped after examining more than " + limit
                            + " candidate nodes, storage pools, deployed resources and search steps.",
                    "One placement may do a bounded amount of work, so that it cannot hold up the controller.",
                    "Narrow the auto-select filter (node_name_list, storage_pool, provider_list) so that fewer "
                            + "nodes and pools qualify, or relax replicas_on_same/replicas_on_different.",
                    List.of()));
        }
    }

    long spent() {
        return spent;
    }
}
