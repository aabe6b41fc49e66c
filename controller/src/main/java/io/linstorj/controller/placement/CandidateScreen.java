package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the per-node rules to every candidate, for one placement call: which nodes could take a
 * diskful replica (with their best pool and its score) and why the others cannot.
 *
 * <p>Cheap checks come first; a node's deployed resources are walked once, and only for nodes
 * that got that far, to find do-not-place-with conflicts and what thin pools have provisioned.
 * Regex verdicts are cached per resource name, as a resource sits on several nodes. Every node,
 * pool and deployed resource looked at is charged to the call's {@link WorkBudget}.
 */
final class CandidateScreen {
    /**
     * Best score first, then the pool with less provisioned on it (so that pools that report the
     * same free space, e.g. sharing one filesystem, fill evenly), then node name: the ranking
     * every later step relies on.
     */
    static final Comparator<EligibleNode> RANKING = Comparator.comparingDouble(EligibleNode::score)
            .reversed()
            .thenComparingLong(EligibleNode::provisionedKib)
            .thenComparing(EligibleNode::nodeName);

    private final PlacementRules rules;
    private final PlacementStrategy strategy;
    private final ReplicaAnchors anchors;
    private final Set<String> holders;
    private final String resourceName;
    private final long requiredKib;
    private final String missingPoolReason;
    private final WorkBudget budget;
    private final Map<String, Boolean> regexVerdicts = new HashMap<>();

    CandidateScreen(
            PlacementRules rules,
            PlacementStrategy strategy,
            ReplicaAnchors anchors,
            ResourceToPlace resource,
            WorkBudget budget) {
        this.rules = rules;
        this.budget = budget;
        this.strategy = strategy;
        this.anchors = anchors;
        this.holders = Names.keys(resource.diskfulNodes());
        this.holders.addAll(Names.keys(resource.disklessNodes()));
        this.resourceName = resource.resourceName();
        this.requiredKib = resource.requiredKib();
        this.missingPoolReason = missingPoolReason(rules);
    }

    /** The outcome of screening: eligible nodes ranked best first, rejections by node name. */
    record Screening(List<EligibleNode> eligible, List<NodeRejection> rejections) {}

    Screening screen(List<PlacementCandidate> candidates) {
        List<EligibleNode> eligible = new ArrayList<>();
        List<NodeRejection> rejections = new ArrayList<>();
        for (PlacementCandidate node : candidates) {
            String reason = screenNode(node, eligible);
            if (reason != null) {
                rejections.add(new NodeRejection(node.nodeName(), reason));
            }
        }
        eligible.sort(RANKING);
        rejections.sort(Comparator.comparing(NodeRejection::nodeName));
        return new Screening(eligible, rejections);
    }

    /** Adds the node to {@code eligible}, or answers why it cannot take a replica. */
    private String screenNode(PlacementCandidate node, List<EligibleNode> eligible) {
        budget.spend(1);
        String reason = nodeReason(node);
        if (reason == null) {
            reason = propertyReason(node);
        }
        if (reason != null) {
            return reason;
        }
        budget.spend(node.storagePools().size());
        List<CandidatePool> pools = new ArrayList<>(2);
        for (CandidatePool pool : node.storagePools()) {
            if (rules.allowsDiskful(pool)) {
                pools.add(pool);
            }
        }
        if (pools.isEmpty()) {
            return missingPoolReason;
        }
        long[] provisioned = new long[pools.size()];
        reason = scanDeployed(node, pools, provisioned);
        return reason != null ? reason : pickPool(node, pools, provisioned, eligible);
    }

    private String nodeReason(PlacementCandidate node) {
        String key = Names.key(node.nodeName());
        if (holders.contains(key)) {
            return "already holds '" + resourceName + "'";
        }
        if (!rules.nodeNames().isEmpty() && !rules.nodeNames().contains(key)) {
            return "not in node_name_list";
        }
        return node.online() ? null : "offline";
    }

    private String propertyReason(PlacementCandidate node) {
        List<SameProperty> same = rules.replicasOnSame();
        for (int i = 0; i < same.size(); i++) {
            String key = same.get(i).key();
            String value = node.props().get(key);
            String required = anchors.requiredSameValue(i);
            if (value == null) {
                return "has no property " + key + " (replicas_on_same)";
            }
            if (required != null && !required.equals(value)) {
                return key + " is '" + value + "', replicas need '" + required + "' (replicas_on_same)";
            }
        }
        List<String> different = rules.replicasOnDifferent();
        for (int i = 0; i < different.size(); i++) {
            String key = different.get(i);
            String value = node.props().get(key);
            if (value == null) {
                return "has no property " + key + " (replicas_on_different)";
            }
            if (anchors.takenDifferentValues(i).contains(value)) {
                return key + " '" + value + "' is taken by an existing replica (replicas_on_different)";
            }
        }
        return null;
    }

    private static String missingPoolReason(PlacementRules rules) {
        StringBuilder reason = new StringBuilder("no diskful storage pool");
        List<String> names = rules.poolNameList();
        if (!names.isEmpty()) {
            reason.append(" named ").append(names.size() == 1 ? "'" + names.get(0) + "'" : "one of " + names);
        }
        if (!rules.providers().isEmpty()) {
            reason.append(" of provider kind ").append(rules.providers());
        }
        return reason.toString();
    }

    /**
     * Walks the node's deployed resources once: answers a do-not-place-with conflict, else adds up
     * what each thin pool in {@code pools} has provisioned into {@code provisioned}.
     */
    private String scanDeployed(PlacementCandidate node, List<CandidatePool> pools, long[] provisioned) {
        boolean anyThin = pools.stream().anyMatch(CandidatePool::thin);
        if (!anyThin && !rules.hasNotPlaceWith()) {
            return null;
        }
        budget.spend(node.resources().size());
        for (DeployedResource deployed : node.resources()) {
            String conflict = conflictReason(deployed.resourceName());
            if (conflict != null) {
                return conflict;
            }
            if (anyThin && !deployed.provisionedKibByPool().isEmpty()) {
                for (int i = 0; i < pools.size(); i++) {
                    Long kib = deployed.provisionedKibByPool().get(pools.get(i).storagePoolName());
                    if (kib != null && pools.get(i).thin()) {
                        provisioned[i] += kib;
                    }
                }
            }
        }
        return null;
    }

    private String conflictReason(String deployedName) {
        if (rules.notPlaceWith().contains(Names.key(deployedName))) {
            return "holds '" + deployedName + "' (not_place_with_rsc)";
        }
        if (rules.notPlaceWithPattern() != null
                && regexVerdicts.computeIfAbsent(
                        deployedName, name -> rules.notPlaceWithPattern().foundIn(name))) {
            return "holds '" + deployedName + "' matching '"
                    + rules.notPlaceWithPattern().source() + "' (not_place_with_rsc_regex)";
        }
        return null;
    }

    private String pickPool(
            PlacementCandidate node, List<CandidatePool> pools, long[] provisioned, List<EligibleNode> eligible) {
        CandidatePool best = null;
        double bestScore = 0;
        long bestProvisioned = 0;
        List<String> shortfalls = new ArrayList<>(pools.size());
        for (int i = 0; i < pools.size(); i++) {
            CandidatePool pool = pools.get(i);
            String shortfall = PoolCapacity.shortfall(pool, requiredKib, provisioned[i]);
            if (shortfall != null) {
                shortfalls.add(shortfall);
                continue;
            }
            double score = score(new PoolOption(node, pool, requiredKib, provisioned[i]));
            if (best == null
                    || score > bestScore
                    || (score == bestScore && pool.storagePoolName().compareTo(best.storagePoolName()) < 0)) {
                best = pool;
                bestScore = score;
                bestProvisioned = provisioned[i];
            }
        }
        if (best == null) {
            shortfalls.sort(null);
            return String.join("; ", shortfalls);
        }
        eligible.add(new EligibleNode(node, best, bestScore, bestProvisioned, sameValues(node), differentValues(node)));
        return null;
    }

    private double score(PoolOption option) {
        double score = strategy.score(option);
        if (!Double.isFinite(score)) {
            throw new IllegalStateException(strategy.getClass().getName() + " scored pool '"
                    + option.pool().storagePoolName() + "' on " + option.node().nodeName() + " as " + score);
        }
        return score;
    }

    private List<String> sameValues(PlacementCandidate node) {
        List<String> values = new ArrayList<>(rules.replicasOnSame().size());
        for (SameProperty property : rules.replicasOnSame()) {
            values.add(node.props().get(property.key()));
        }
        return values;
    }

    private List<String> differentValues(PlacementCandidate node) {
        List<String> values = new ArrayList<>(rules.replicasOnDifferent().size());
        for (String key : rules.replicasOnDifferent()) {
            values.add(node.props().get(key));
        }
        return values;
    }
}
