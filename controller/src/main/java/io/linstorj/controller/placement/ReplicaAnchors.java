package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the existing diskful replicas impose on new ones: the value each replicas-on-same property
 * must have, and the replicas-on-different values already taken.
 *
 * <p>Only existing replicas on nodes among the candidates count; the others' properties are unknown.
 */
final class ReplicaAnchors {
    private final List<String> requiredSameValues;
    private final List<Set<String>> takenDifferentValues;
    private final String conflict;

    private ReplicaAnchors(List<String> requiredSameValues, List<Set<String>> takenDifferentValues, String conflict) {
        this.requiredSameValues = requiredSameValues;
        this.takenDifferentValues = takenDifferentValues;
        this.conflict = conflict;
    }

    static ReplicaAnchors of(PlacementRules rules, ResourceToPlace resource, Map<String, PlacementCandidate> nodes) {
        List<PlacementCandidate> existing = resource.diskfulNodes().stream()
                .map(name -> nodes.get(Names.key(name)))
                .filter(node -> node != null)
                .sorted((a, b) -> a.nodeName().compareTo(b.nodeName()))
                .toList();
        List<String> required = new ArrayList<>();
        String conflict = null;
        for (SameProperty property : rules.replicasOnSame()) {
            String value = property.value();
            for (PlacementCandidate node : existing) {
                String nodeValue = node.props().get(property.key());
                if (nodeValue == null || (value != null && !value.equals(nodeValue))) {
                    conflict = describeConflict(property, value, node, nodeValue);
                    break;
                }
                value = nodeValue;
            }
            required.add(value);
        }
        List<Set<String>> taken = new ArrayList<>();
        for (String key : rules.replicasOnDifferent()) {
            Set<String> values = new HashSet<>();
            for (PlacementCandidate node : existing) {
                String nodeValue = node.props().get(key);
                if (nodeValue != null) {
                    values.add(nodeValue);
                }
            }
            taken.add(values);
        }
        return new ReplicaAnchors(required, taken, conflict);
    }

    /** The value that replicas-on-same property {@code index} must have, or null if any will do. */
    String requiredSameValue(int index) {
        return requiredSameValues.get(index);
    }

    /** The values of replicas-on-different property {@code index} that existing replicas hold. */
    Set<String> takenDifferentValues(int index) {
        return takenDifferentValues.get(index);
    }

    /** Why no new replica can meet replicas-on-same with the existing ones, or null. */
    String conflict() {
        return conflict;
    }

    private static String describeConflict(
            SameProperty property, String expected, PlacementCandidate node, String nodeValue) {
        String where = "the existing replica on " + node.nodeName();
        if (nodeValue == null) {
            return where + " has no " + property.key();
        }
        String source = property.value() != null ? "the filter asks for" : "other existing replicas have";
        return where + " has " + property.key() + " '" + nodeValue + "', " + source + " '" + expected + "'";
    }
}
