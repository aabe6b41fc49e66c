package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The autoplacer: decides which nodes and storage pools get the new replicas of a resource.
 *
 * <p>A pure function of its inputs, without I/O or state between calls, so the caller may run it
 * on whatever thread holds a consistent view of the cluster; it is thread-safe when its strategy
 * is. Rules, in order:
 * <ol>
 *   <li>The filter is checked; a bad one is refused with LINSTOR's ret code
 *       ({@code FAIL_INVLD_PLACE_COUNT}, {@code FAIL_INVLD_PROVIDER}, ...).</li>
 *   <li>Top-up: existing diskful replicas count towards {@code place_count}; only the missing
 *       ones are placed, and none at all is a success with nothing to do.
 *       {@code additional_place_count} adds on top of the existing ones.</li>
 *   <li>A node qualifies when it is online, holds no replica of the resource, is in
 *       {@code node_name_list} (if given), has the replicas-on-same/different properties (with
 *       the existing replicas' values), holds none of the do-not-place-with resources, and has an
 *       allowed, non-DISKLESS pool with room for all volumes of the resource.</li>
 *   <li>The {@link PlacementStrategy} rates each node's pools; the node offers its best one. Among
 *       the qualifying nodes the set with the best total score that meets replicas-on-same and
 *       replicas-on-different is chosen, at most one replica per node.</li>
 *   <li>With {@code diskless_on_remaining}, every other online node gets a diskless replica.</li>
 * </ol>
 * Each call may examine at most its work limit of candidate nodes, pools, deployed resources and
 * search steps ({@link #DEFAULT_WORK_LIMIT}); past it the call is refused with
 * {@code FAIL_UNDECIDABLE_AUTOPLACMENT}. A caller that decides on a snapshot and applies later
 * checks the decision again on the state it applies to with {@link #recheck}.
 * <pre>{@code
 * Placer placer = new Placer();
 * PlacementResult result = placer.place(AutoSelectFilter.ofPlaceCount(3),
 *     ResourceToPlace.unplaced("web", List.of(10240L)), candidates);
 * if (result instanceof PlacementDecision decision) {
 *     decision.diskfulReplicas().forEach(r -> create(r.nodeName(), r.storagePoolName()));
 * } else if (result instanceof PlacementRefusal refusal) {
 *     reply(refusal.retCode(), refusal.message());
 * }
 * }</pre>
 */
public final class Placer {
    /**
     * Units of work one call may do by default: a cluster of 1,000 nodes with 5,000 resources each
     * fits; at well under a microsecond per unit that is a few seconds at most.
     */
    public static final long DEFAULT_WORK_LIMIT = 5_000_000;

    private final PlacementStrategy strategy;
    private final long workLimit;
    private final Supplier<WorkBudget> budgets;

    /** A placer preferring the most free space ({@link MostFreeSpaceStrategy}). */
    public Placer() {
        this(new MostFreeSpaceStrategy());
    }

    /** A placer ranking pools with {@code strategy}, with the default work limit. */
    public Placer(PlacementStrategy strategy) {
        this(strategy, DEFAULT_WORK_LIMIT);
    }

    /**
     * A placer ranking pools with {@code strategy} that refuses a call after {@code workLimit} units.
     *
     * @throws IllegalArgumentException if {@code workLimit} is not positive
     */
    public Placer(PlacementStrategy strategy, long workLimit) {
        if (workLimit < 1) {
            throw new IllegalArgumentException("workLimit must be positive, got " + workLimit);
        }
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.workLimit = workLimit;
        this.budgets = () -> new WorkBudget(workLimit);
    }

    private Placer(PlacementStrategy strategy, long workLimit, WorkBudget shared) {
        this.strategy = strategy;
        this.workLimit = workLimit;
        this.budgets = () -> shared;
    }

    /**
     * A placer for one query made of many placements (a size query over every pool definition or
     * every resource group), used on one thread: all its calls together do at most this placer's
     * work limit, so that the number of groups or pools a cluster holds cannot make one query an
     * unbounded computation. Once the limit is passed, every further call is refused with
     * {@code FAIL_UNDECIDABLE_AUTOPLACMENT}.
     */
    public Placer sharingOneBudget() {
        return new Placer(strategy, workLimit, new WorkBudget(workLimit));
    }

    /**
     * Decides where the new replicas of {@code resource} go.
     *
     * @param filter what to place and where it may go
     * @param resource the resource, its volume sizes and the nodes already holding it
     * @param candidates every node of the cluster, online or not
     * @return a {@link PlacementDecision}, or a {@link PlacementRefusal} with LINSTOR's ret code
     *     ({@code FAIL_NOT_ENOUGH_NODES} naming what each passed-over node lacked)
     * @throws IllegalArgumentException if two candidates have the same name
     * @throws IllegalStateException if the strategy answers a score that is not finite
     */
    public PlacementResult place(
            AutoSelectFilter filter, ResourceToPlace resource, List<PlacementCandidate> candidates) {
        Map<String, PlacementCandidate> nodes = index(candidates);
        try {
            PlacementRules rules = PlacementRules.parse(filter);
            return decide(rules, ReplicaCount.of(rules, resource), resource, candidates, candidates, nodes);
        } catch (PlacementRefusedException e) {
            return e.refusal();
        }
    }

    /**
     * Checks that {@code earlier}, decided on an older view of the cluster, still holds for
     * {@code resource} and {@code candidates} as they are now: the same number of diskful replicas
     * is missing, and the nodes it chose still pass every rule (online, room, do-not-place-with,
     * replicas-on-same/different). Answers the decision to apply (on those nodes, each with its
     * best pool now, and the diskless replicas recomputed), or empty when the state changed so
     * that it no longer holds and placement must be decided again.
     *
     * @throws IllegalArgumentException if two candidates have the same name
     */
    public Optional<PlacementDecision> recheck(
            AutoSelectFilter filter,
            ResourceToPlace resource,
            List<PlacementCandidate> candidates,
            PlacementDecision earlier) {
        Map<String, PlacementCandidate> nodes = index(candidates);
        try {
            PlacementRules rules = PlacementRules.parse(filter);
            ReplicaCount count = ReplicaCount.of(rules, resource);
            if (count.needed() != earlier.diskfulReplicas().size()) {
                return Optional.empty();
            }
            Set<String> chosen = Names.keys(earlier.diskfulReplicas().stream()
                    .map(ReplicaPlacement::nodeName)
                    .toList());
            List<PlacementCandidate> screened = candidates.stream()
                    .filter(node -> chosen.contains(Names.key(node.nodeName())))
                    .toList();
            return Optional.of(decide(rules, count, resource, screened, candidates, nodes));
        } catch (PlacementRefusedException e) {
            return Optional.empty();
        }
    }

    /**
     * The nodes that could each take one diskful replica of {@code resource} by {@code filter}, each
     * with the pool placement would give it, best ranked first: every per-node rule of
     * {@link #place} applies (online, node list, pools and their room, do-not-place-with, the
     * properties of replicas-on-same/different), the rules over the set of replicas do not. Size
     * queries add up the room these pools offer.
     *
     * @return the nodes with their pools, or the refusal of a bad filter, a conflict among the
     *     existing replicas or a passed work limit
     * @throws IllegalArgumentException if two candidates have the same name
     */
    public EligibleReplicas eligible(
            AutoSelectFilter filter, ResourceToPlace resource, List<PlacementCandidate> candidates) {
        Map<String, PlacementCandidate> nodes = index(candidates);
        try {
            PlacementRules rules = PlacementRules.parse(filter);
            ReplicaAnchors anchors = ReplicaAnchors.of(rules, resource, nodes);
            if (anchors.conflict() != null) {
                throw new PlacementRefusedException(
                        RefusalMessages.existingReplicasConflict(ReplicaCount.of(rules, resource), anchors.conflict()));
            }
            List<ReplicaPlacement> eligible = new CandidateScreen(rules, strategy, anchors, resource, budgets.get())
                    .screen(candidates).eligible().stream()
                            .map(node -> new ReplicaPlacement(
                                    node.nodeName(), node.pool().storagePoolName()))
                            .toList();
            return new EligibleReplicas(eligible, null);
        } catch (PlacementRefusedException e) {
            return new EligibleReplicas(List.of(), e.refusal());
        }
    }

    /** Decides, choosing diskful replicas among {@code screened} and diskless ones among {@code all}. */
    private PlacementDecision decide(
            PlacementRules rules,
            ReplicaCount count,
            ResourceToPlace resource,
            List<PlacementCandidate> screened,
            List<PlacementCandidate> candidates,
            Map<String, PlacementCandidate> nodes) {
        List<ReplicaPlacement> diskful =
                count.needed() == 0 ? List.of() : chooseDiskful(rules, count, resource, screened, nodes, budgets.get());
        DisklessPlan diskless = rules.disklessOnRemaining()
                ? DisklessPlan.onRemaining(rules, resource, candidates, diskful)
                : DisklessPlan.NONE;
        return new PlacementDecision(
                resource.resourceName(),
                diskful,
                diskless.replicas(),
                rules.disklessFlag(),
                DecisionMessages.describe(resource, count, diskful, diskless));
    }

    private List<ReplicaPlacement> chooseDiskful(
            PlacementRules rules,
            ReplicaCount count,
            ResourceToPlace resource,
            List<PlacementCandidate> candidates,
            Map<String, PlacementCandidate> nodes,
            WorkBudget budget) {
        ReplicaAnchors anchors = ReplicaAnchors.of(rules, resource, nodes);
        if (anchors.conflict() != null) {
            throw new PlacementRefusedException(RefusalMessages.existingReplicasConflict(count, anchors.conflict()));
        }
        CandidateScreen.Screening screening =
                new CandidateScreen(rules, strategy, anchors, resource, budget).screen(candidates);
        List<EligibleNode> eligible = screening.eligible();
        if (eligible.size() < count.needed()) {
            throw new PlacementRefusedException(
                    RefusalMessages.notEnoughNodes(count, resource, eligible.size(), screening.rejections()));
        }
        ReplicaSetSearch.Outcome outcome = new ReplicaSetSearch(count.needed()).run(eligible);
        budget.spend(outcome.steps());
        if (outcome.chosen().isEmpty()) {
            throw new PlacementRefusedException(RefusalMessages.constraintsUnmet(
                    count, rules, eligible, screening.rejections(), outcome.exhausted()));
        }
        return outcome.chosen().stream()
                .map(node -> new ReplicaPlacement(node.nodeName(), node.pool().storagePoolName()))
                .toList();
    }

    private static Map<String, PlacementCandidate> index(List<PlacementCandidate> candidates) {
        Map<String, PlacementCandidate> nodes = new HashMap<>(candidates.size() * 2);
        for (PlacementCandidate candidate : candidates) {
            if (nodes.put(Names.key(candidate.nodeName()), candidate) != null) {
                throw new IllegalArgumentException("two candidates are named '" + candidate.nodeName() + "'");
            }
        }
        return nodes;
    }
}
