package io.linstorj.controller.capacity;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.autoplace.PlacementStrategies;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.placement.EligibleReplicas;
import io.linstorj.controller.placement.NodeRejection;
import io.linstorj.controller.placement.PlacementDecision;
import io.linstorj.controller.placement.PlacementRefusal;
import io.linstorj.controller.placement.PlacementResult;
import io.linstorj.controller.placement.Placer;
import io.linstorj.controller.placement.ReplicaPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The size queries over one {@link CapacitySnapshot}, without I/O: every choice of pools is the
 * placer's, for a volume of size 0, so that the queries honour a filter exactly as autoplace does.
 * One instance serves one query, and all its placements share one work budget.
 */
final class SizeQueries {
    /** Most replicas a filter may ask for: DRBD 9 gives a resource at most 32 node ids. */
    static final int MAX_PLACE_COUNT = 32;

    private final CapacitySnapshot snapshot;
    private final Placer placer;

    SizeQueries(CapacitySnapshot snapshot, long workLimit) {
        this.snapshot = snapshot;
        this.placer = new Placer(PlacementStrategies.named(snapshot.strategy()), workLimit).sharingOneBudget();
    }

    /**
     * One candidate per storage pool definition (those the filter names, else all) on which the
     * placer can put the replicas, by pool name; as LINSTOR, the placer runs once per definition.
     *
     * @throws ApiRcException for a bad filter, an unknown pool, or FAIL_NOT_ENOUGH_NODES when no
     *     definition can hold the replicas
     */
    MaxVolumeSizes maxVolumeSizes(AutoSelectFilter filter, CallContext ctx) {
        check(filter, ctx);
        List<String> poolNames = filterPools(filter, ctx);
        if (poolNames.isEmpty()) {
            poolNames = List.copyOf(snapshot.poolDefinitions().values());
        }
        List<MaxVolumeSizeCandidate> candidates = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        for (String poolName : poolNames) {
            AutoSelectFilter onePool = filter.toBuilder()
                    .storagePool(null)
                    .storagePoolList(List.of(poolName))
                    .build();
            PlacementResult result = placer.place(onePool, CapacitySnapshot.PROBE, snapshot.candidates());
            if (result instanceof PlacementDecision decision) {
                candidates.add(candidate(poolName, decision));
            } else {
                PlacementRefusal refusal = (PlacementRefusal) result;
                if (!notEnoughNodes(refusal)) {
                    throw refused(ctx, refusal);
                }
                passedOver.add(poolName + ": " + describe(refusal));
            }
        }
        if (candidates.isEmpty()) {
            throw new ApiRcException(ctx.rc(RetCodes.FAIL_NOT_ENOUGH_NODES, "Not enough nodes")
                    .withCause("No storage pool definition has pools on enough online nodes, with a reported capacity, "
                            + "that meet the select filter.")
                    .withDetails(
                            passedOver.isEmpty()
                                    ? "There are no storage pool definitions."
                                    : String.join(" ", passedOver))
                    .withCorrection("Ask for fewer replicas, relax the filter, or add nodes and storage pools."));
        }
        return new MaxVolumeSizes(candidates, snapshot.defaultRatio());
    }

    /**
     * Where the next spawn by {@code filter} would place, the largest volume it could create, and
     * what the allowed pools still offer; when it could not place, zero sizes and the refusal as a
     * report.
     *
     * @throws ApiRcException for a bad filter or an unknown pool
     */
    SizeInfo sizeInfo(AutoSelectFilter filter, CallContext ctx) {
        check(filter, ctx);
        filterPools(filter, ctx);
        int replicas = replicas(filter);
        EligibleReplicas eligible = placer.eligible(filter, CapacitySnapshot.PROBE, snapshot.candidates());
        if (eligible.refusal() != null) {
            throw refused(ctx, eligible.refusal());
        }
        List<CandidatePool> allowed = eligible.replicas().stream()
                .map(replica -> snapshot.pool(replica.nodeName(), replica.storagePoolName()))
                .toList();
        long capacity = Packing.fill(
                allowed.stream().map(CandidatePool::totalCapacityKib).toList(), replicas);
        PlacementResult result = placer.place(filter, CapacitySnapshot.PROBE, snapshot.candidates());
        if (result instanceof PlacementRefusal refusal) {
            if (!notEnoughNodes(refusal)) {
                throw refused(ctx, refusal);
            }
            return new SizeInfo(
                    Optional.of(new SpaceInfo(0, 0, capacity, snapshot.defaultRatio(), List.of())),
                    List.of(refusalRc(ctx, refusal)));
        }
        PlacementDecision decision = (PlacementDecision) result;
        long maxVolume = Long.MAX_VALUE;
        List<SpawnTarget> targets = new ArrayList<>();
        for (ReplicaPlacement replica : decision.diskfulReplicas()) {
            CandidatePool pool = snapshot.pool(replica.nodeName(), replica.storagePoolName());
            maxVolume = Math.min(maxVolume, room(replica, pool));
            targets.add(new SpawnTarget(replica.nodeName(), pool.storagePoolName(), pool.maxOversubscriptionRatio()));
        }
        long available = Packing.fill(
                allowed.stream().map(CandidatePool::freeCapacityKib).toList(), replicas);
        return new SizeInfo(
                Optional.of(new SpaceInfo(
                        targets.isEmpty() ? 0 : maxVolume, available, capacity, snapshot.defaultRatio(), targets)),
                List.of());
    }

    /** The diskful replicas {@code filter} asks for (placement's default when it gives no count). */
    static int replicas(AutoSelectFilter filter) {
        if (filter.additionalPlaceCount() != null) {
            return filter.additionalPlaceCount();
        }
        return filter.placeCount() != null ? filter.placeCount() : AutoSelectFilter.DEFAULT_PLACE_COUNT;
    }

    /**
     * The largest volume {@code pool} could take now: a thick pool its free space, a thin pool
     * its free space × ratio, but no more than the ratio allows beside what it provisioned.
     */
    private long room(ReplicaPlacement replica, CandidatePool pool) {
        if (!pool.thin()) {
            return pool.freeCapacityKib();
        }
        double byFree = Math.floor(pool.freeCapacityKib() * pool.maxOversubscriptionRatio());
        long headroom = pool.thinHeadroomKib(snapshot.provisionedKib(replica.nodeName(), pool.storagePoolName()));
        return Math.max(0, Math.min((long) Math.min(byFree, Long.MAX_VALUE), headroom));
    }

    private MaxVolumeSizeCandidate candidate(String poolName, PlacementDecision decision) {
        long smallest = Long.MAX_VALUE;
        boolean allThin = true;
        for (ReplicaPlacement replica : decision.diskfulReplicas()) {
            CandidatePool pool = snapshot.pool(replica.nodeName(), replica.storagePoolName());
            smallest = Math.min(smallest, pool.freeCapacityKib());
            allThin &= pool.thin();
        }
        return new MaxVolumeSizeCandidate(poolName, smallest, decision.diskfulNodeNames(), allThin);
    }

    /** Refuses counts above what DRBD allows and filters the placer refuses. */
    private static void check(AutoSelectFilter filter, CallContext ctx) {
        for (Integer count : List.of(
                Optional.ofNullable(filter.placeCount()).orElse(1),
                Optional.ofNullable(filter.additionalPlaceCount()).orElse(1))) {
            if (count > MAX_PLACE_COUNT) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_PLACE_COUNT,
                        "Invalid select filter: a place count is " + count + ".",
                        "A resource has 1 to " + MAX_PLACE_COUNT + " replicas: DRBD 9 gives it at most "
                                + MAX_PLACE_COUNT + " node ids.",
                        "Ask for 1 to " + MAX_PLACE_COUNT + " replicas.");
            }
        }
        filter.validate().ifPresent(refusal -> {
            throw refused(ctx, refusal);
        });
    }

    /** The pools the filter names, by their definitions' names; an unknown one is refused (404). */
    private List<String> filterPools(AutoSelectFilter filter, CallContext ctx) {
        List<String> named = new ArrayList<>();
        if (filter.storagePool() != null) {
            named.add(filter.storagePool());
        }
        named.addAll(filter.storagePoolList());
        List<String> pools = new ArrayList<>();
        for (String name : named) {
            NameRules.storagePoolName(name, ctx);
            String definition = snapshot.poolDefinitions().get(Names.key(name));
            if (definition == null) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_STOR_POOL_DFN,
                        "Storage pool definition '" + name + "' not found.",
                        "The select filter names a storage pool that no node has.",
                        "Create the storage pool first or check the name.");
            }
            if (!pools.contains(definition)) {
                pools.add(definition);
            }
        }
        return pools;
    }

    private static boolean notEnoughNodes(PlacementRefusal refusal) {
        return refusal.retCode() == RetCodes.FAIL_NOT_ENOUGH_NODES;
    }

    private static String describe(PlacementRefusal refusal) {
        if (refusal.rejections().isEmpty()) {
            return refusal.message();
        }
        return refusal.message() + " ("
                + refusal.rejections().stream().map(NodeRejection::toString).collect(Collectors.joining("; ")) + ")";
    }

    private static ApiCallRc refusalRc(CallContext ctx, PlacementRefusal refusal) {
        ApiCallRc rc = ctx.rc(refusal.retCode(), refusal.message())
                .withCause(refusal.cause())
                .withCorrection(refusal.correction());
        return refusal.rejections().isEmpty()
                ? rc
                : rc.withDetails("Nodes passed over: "
                        + refusal.rejections().stream()
                                .map(NodeRejection::toString)
                                .collect(Collectors.joining("; ")) + ".");
    }

    private static ApiRcException refused(CallContext ctx, PlacementRefusal refusal) {
        return new ApiRcException(refusalRc(ctx, refusal));
    }
}
