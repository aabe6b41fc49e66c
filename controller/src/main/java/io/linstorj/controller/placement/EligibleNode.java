package io.linstorj.controller.placement;

import java.util.List;

/**
 * A node that passed every per-node rule, with its best pool, that pool's score and the node's
 * values of the replicas-on-same and replicas-on-different properties (in filter order).
 */
record EligibleNode(
        PlacementCandidate node,
        CandidatePool pool,
        double score,
        long provisionedKib,
        List<String> sameValues,
        List<String> differentValues) {

    String nodeName() {
        return node.nodeName();
    }
}
