package io.linstorj.bench.rest;

import java.util.Optional;

/**
 * The counts of one {@code bench rest} run and the phases they make: an untimed warm-up by one
 * client, an early phase by one client, the many clients up to {@code definitions}, then a late
 * phase by one client, as long as the early one, on top of {@code definitions}.
 *
 * @param clients the concurrent clients of the middle phase (16 for the target)
 * @param warmUp untimed pairs by one client first
 * @param step timed pairs of the early and of the late one-client phase each
 * @param definitions definitions when the list is timed and the late phase starts (10,000 for the targets)
 * @param resources diskless resources for the resource view (at most {@code definitions})
 * @param nodes offline nodes the resources are spread over
 * @param lists timed lists of the definitions with their volume definitions
 * @param views timed GETs of the resource view
 */
record RestPlan(int clients, int warmUp, int step, int definitions, int resources, int nodes, int lists, int views) {

    /** Why these counts make no run, or empty when they do. */
    Optional<String> problem() {
        if (clients < 1 || nodes < 1 || step < 1 || lists < 1 || views < 1 || warmUp < 0 || resources < 0) {
            return Optional.of("--clients, --nodes, --step, --lists and --views must be at least 1, "
                    + "--warm-up and --resources at least 0");
        }
        if (manyPairs() < clients) {
            return Optional.of("--definitions (" + definitions + ") must exceed --warm-up + --step + --clients ("
                    + (warmUp + step + clients) + ")");
        }
        if (resources > definitions) {
            return Optional.of("--resources (" + resources + ") cannot exceed --definitions (" + definitions + ")");
        }
        return Optional.empty();
    }

    /** First definition of the early phase. */
    int earlyFirst() {
        return warmUp;
    }

    /** First definition of the many-client phase. */
    int manyFirst() {
        return warmUp + step;
    }

    /** Pairs the many clients create. */
    int manyPairs() {
        return definitions - warmUp - step;
    }

    /** Definitions once the late phase is done. */
    int total() {
        return definitions + step;
    }
}
