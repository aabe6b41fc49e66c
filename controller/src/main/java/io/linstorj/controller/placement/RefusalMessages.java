package io.linstorj.controller.placement;

import io.linstorj.common.RetCodes;
import java.util.ArrayList;
import java.util.List;

/** Words for the ways placement can find the cluster short: message, cause and correction. */
final class RefusalMessages {
    /** Nodes named in a message; the refusal's rejection list has them all. */
    static final int LISTED_NODES = 10;

    private static final String PREFIX = "Not enough available nodes: ";
    private static final String CORRECTION = "Add nodes or storage, free space, bring offline nodes back, "
            + "or relax the auto-select filter (place count, storage pools, providers, do-not-place-with, "
            + "replicas-on-same/different).";

    private RefusalMessages() {}

    /** Fewer nodes passed the per-node rules than replicas are needed. */
    static PlacementRefusal notEnoughNodes(
            ReplicaCount count, ResourceToPlace resource, int suitable, List<NodeRejection> rejections) {
        String message = PREFIX + count.describeRequest() + ", " + nodes(suitable) + " found"
                + listed(rejections.stream().map(NodeRejection::toString).toList());
        String cause = "Only " + nodes(suitable) + " can take a diskful replica of '" + resource.resourceName() + "' ("
                + Sizes.format(resource.requiredKib()) + " in one pool) under the filter.";
        return new PlacementRefusal(RetCodes.FAIL_NOT_ENOUGH_NODES, message, cause, CORRECTION, rejections);
    }

    /** Enough nodes passed, but no set of them meets replicas-on-same/different together. */
    static PlacementRefusal constraintsUnmet(
            ReplicaCount count,
            PlacementRules rules,
            List<EligibleNode> eligible,
            List<NodeRejection> rejections,
            boolean exhausted) {
        List<String> described = new ArrayList<>(eligible.size());
        for (EligibleNode node : eligible) {
            described.add(node.nodeName() + ": " + propertyValues(rules, node));
        }
        String message = PREFIX + count.describeRequest() + ", " + nodes(eligible.size()) + " found, but no "
                + count.needed() + " of them meet " + constraints(rules) + listed(described);
        String cause = exhausted
                ? "The search for such a set stopped after " + ReplicaSetSearch.STEP_BUDGET
                        + " steps without finding one."
                : "The suitable nodes' properties do not allow such a set.";
        return new PlacementRefusal(
                RetCodes.FAIL_NOT_ENOUGH_NODES,
                message,
                cause,
                "Set the nodes' Aux/ properties, add nodes, or relax replicas_on_same/replicas_on_different.",
                rejections);
    }

    /** The existing replicas already break replicas-on-same, so no new one can meet it. */
    static PlacementRefusal existingReplicasConflict(ReplicaCount count, String conflict) {
        return new PlacementRefusal(
                RetCodes.FAIL_NOT_ENOUGH_NODES,
                PREFIX + count.describeRequest() + ", but replicas_on_same cannot hold: " + conflict + ".",
                "All replicas, existing and new, must share the replicas_on_same values.",
                "Set the property on the existing replicas' nodes, or relax replicas_on_same.",
                List.of());
    }

    private static String constraints(PlacementRules rules) {
        List<String> parts = new ArrayList<>(2);
        if (!rules.replicasOnSame().isEmpty()) {
            parts.add("replicas_on_same "
                    + rules.replicasOnSame().stream()
                            .map(p -> p.value() == null ? p.key() : p.key() + "=" + p.value())
                            .toList());
        }
        if (!rules.replicasOnDifferent().isEmpty()) {
            parts.add("replicas_on_different " + rules.replicasOnDifferent());
        }
        return String.join(" and ", parts);
    }

    private static String propertyValues(PlacementRules rules, EligibleNode node) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < rules.replicasOnSame().size(); i++) {
            values.add(rules.replicasOnSame().get(i).key() + "="
                    + node.sameValues().get(i));
        }
        for (int i = 0; i < rules.replicasOnDifferent().size(); i++) {
            values.add(rules.replicasOnDifferent().get(i) + "="
                    + node.differentValues().get(i));
        }
        return String.join(", ", values);
    }

    private static String listed(List<String> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        String shown = String.join("; ", entries.subList(0, Math.min(entries.size(), LISTED_NODES)));
        int more = entries.size() - LISTED_NODES;
        return " (" + shown + (more > 0 ? "; and " + more + " more" : "") + ")";
    }

    private static String nodes(int count) {
        return count + (count == 1 ? " suitable node" : " suitable nodes");
    }
}
