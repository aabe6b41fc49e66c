package io.linstorj.bench.autoplace;

import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.PlacementCandidate;
import io.linstorj.controller.placement.PlacementDecision;
import io.linstorj.controller.placement.PlacementRefusal;
import io.linstorj.controller.placement.PlacementResult;
import io.linstorj.controller.placement.Placer;
import io.linstorj.controller.placement.ResourceToPlace;
import java.util.List;

/**
 * Times the pure placer ({@link Placer#place}) deciding where a new resource's replicas go, on the
 * same candidates again and again: warm-up calls first, then timed ones.
 *
 * @param placer the placer
 * @param candidates the cluster
 * @param warmUps untimed decisions first
 * @param measured timed decisions
 */
record DecisionTiming(Placer placer, List<PlacementCandidate> candidates, int warmUps, int measured) {

    /**
     * What was measured.
     *
     * @param decisions latency of each timed decision
     * @param outcome the last decision for people: chosen nodes, or the refusal
     */
    record Result(LatencySummary decisions, String outcome) {}

    Result run(AutoSelectFilter filter, ResourceToPlace resource) {
        LatencyRecorder decisions = new LatencyRecorder();
        PlacementResult last = null;
        for (int i = 0; i < warmUps + measured; i++) {
            long start = System.nanoTime();
            last = placer.place(filter, resource, candidates);
            if (i >= warmUps) {
                decisions.recordSince(start);
            }
        }
        return new Result(decisions.summary(), describe(last));
    }

    private static String describe(PlacementResult result) {
        if (result instanceof PlacementDecision decision) {
            return "placed on "
                    + decision.diskfulReplicas().stream()
                            .map(replica -> replica.nodeName() + "/" + replica.storagePoolName())
                            .toList();
        }
        if (result instanceof PlacementRefusal refusal) {
            return "refused: " + refusal.message();
        }
        return "nothing measured";
    }
}
