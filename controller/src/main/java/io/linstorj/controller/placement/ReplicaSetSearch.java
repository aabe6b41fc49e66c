package io.linstorj.controller.placement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the set of nodes for the new replicas among the eligible ones: the set with the highest
 * total score whose nodes share every replicas-on-same value and differ in every
 * replicas-on-different value.
 *
 * <p>Nodes are grouped by their replicas-on-same values; each group large enough is searched and
 * the best group wins (ties: the group whose best node ranks higher). Within a group, without
 * replicas-on-different the top-ranked nodes are the answer; with it, unless some property has
 * too few distinct values, a depth-first
 * branch-and-bound search: nodes are tried in rank order (so the first set found is the greedy
 * one), a branch is cut when even the best remaining scores cannot beat the best set so far, and
 * a node is skipped when a better-ranked sibling with the same replicas-on-different values was
 * already tried (any completion of it would do at least as well with that sibling). Greedy alone
 * fails for two such properties: with A(site 1, rack 1) ranked first, B(site 1, rack 2) and
 * C(site 2, rack 1), only B and C fit, and A blocks both.
 *
 * <p>The search stops after {@link #STEP_BUDGET} steps; it then keeps the best set found so far,
 * which meets every rule but may not be the best-scored one.
 */
final class ReplicaSetSearch {
    static final int STEP_BUDGET = 100_000;

    private final int needed;
    private int steps;

    ReplicaSetSearch(int needed) {
        this.needed = needed;
    }

    /**
     * The outcome of a search.
     *
     * @param chosen the chosen nodes in rank order, or empty when no set meets the rules
     * @param exhausted true when the step budget ran out
     * @param steps the steps taken, for the call's {@link WorkBudget}
     */
    record Outcome(List<EligibleNode> chosen, boolean exhausted, int steps) {}

    /** Searches {@code ranked} (eligible nodes, best first) for {@code needed} nodes. */
    Outcome run(List<EligibleNode> ranked) {
        Map<List<String>, List<EligibleNode>> groups = new LinkedHashMap<>();
        for (EligibleNode node : ranked) {
            groups.computeIfAbsent(node.sameValues(), values -> new ArrayList<>())
                    .add(node);
        }
        List<EligibleNode> best = List.of();
        double bestSum = 0;
        for (List<EligibleNode> group : groups.values()) {
            if (group.size() < needed || steps > STEP_BUDGET) {
                continue;
            }
            List<EligibleNode> chosen = searchGroup(group);
            double sum = sum(chosen);
            if (!chosen.isEmpty() && (best.isEmpty() || sum > bestSum)) {
                best = chosen;
                bestSum = sum;
            }
        }
        return new Outcome(best, steps > STEP_BUDGET, steps);
    }

    private List<EligibleNode> searchGroup(List<EligibleNode> group) {
        if (group.get(0).differentValues().isEmpty()) {
            steps += needed;
            return List.copyOf(group.subList(0, needed));
        }
        if (!enoughDistinctValues(group)) {
            return List.of();
        }
        return new GroupSearch(group).best();
    }

    /** A cheap necessary condition: every replicas-on-different property has enough values. */
    private boolean enoughDistinctValues(List<EligibleNode> group) {
        int keys = group.get(0).differentValues().size();
        for (int k = 0; k < keys; k++) {
            Set<String> values = new HashSet<>();
            for (EligibleNode node : group) {
                values.add(node.differentValues().get(k));
            }
            if (values.size() < needed) {
                return false;
            }
        }
        return true;
    }

    private static double sum(List<EligibleNode> nodes) {
        double sum = 0;
        for (EligibleNode node : nodes) {
            sum += node.score();
        }
        return sum;
    }

    /** The branch-and-bound search within one replicas-on-same group. */
    private final class GroupSearch {
        private final List<EligibleNode> nodes;
        private final double[] prefixScores;
        private final int[] chosen = new int[needed];
        private int[] best;
        private double bestSum;

        GroupSearch(List<EligibleNode> nodes) {
            this.nodes = nodes;
            this.prefixScores = new double[nodes.size() + 1];
            for (int i = 0; i < nodes.size(); i++) {
                prefixScores[i + 1] = prefixScores[i] + nodes.get(i).score();
            }
        }

        List<EligibleNode> best() {
            descend(0, 0, 0);
            if (best == null) {
                return List.of();
            }
            List<EligibleNode> result = new ArrayList<>(needed);
            for (int index : best) {
                result.add(nodes.get(index));
            }
            return result;
        }

        private void descend(int start, int depth, double sum) {
            if (depth == needed) {
                if (best == null || sum > bestSum) {
                    best = chosen.clone();
                    bestSum = sum;
                }
                return;
            }
            int remaining = needed - depth;
            Set<List<String>> triedValues = new HashSet<>();
            for (int i = start; i <= nodes.size() - remaining; i++) {
                if (++steps > STEP_BUDGET) {
                    return;
                }
                if (best != null && sum + prefixScores[i + remaining] - prefixScores[i] <= bestSum) {
                    return;
                }
                EligibleNode node = nodes.get(i);
                if (!differsFromChosen(node, depth) || !triedValues.add(node.differentValues())) {
                    continue;
                }
                chosen[depth] = i;
                descend(i + 1, depth + 1, sum + node.score());
            }
        }

        private boolean differsFromChosen(EligibleNode node, int depth) {
            List<String> values = node.differentValues();
            for (int j = 0; j < depth; j++) {
                List<String> other = nodes.get(chosen[j]).differentValues();
                for (int k = 0; k < values.size(); k++) {
                    if (values.get(k).equals(other.get(k))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
