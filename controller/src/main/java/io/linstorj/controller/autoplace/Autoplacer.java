package io.linstorj.controller.autoplace;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.NodeRejection;
import io.linstorj.controller.placement.PlacementDecision;
import io.linstorj.controller.placement.PlacementRefusal;
import io.linstorj.controller.placement.PlacementResult;
import io.linstorj.controller.placement.Placer;
import io.linstorj.controller.placement.ReplicaPlacement;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.resource.InitialSyncRule;
import io.linstorj.controller.resource.ReplicaFactory;
import io.linstorj.controller.resource.ReplicaSpec;
import io.linstorj.controller.resource.ResourceDefinitionService;
import io.linstorj.controller.resource.ResourceDeletion;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.Mutation;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Autoplace, shared by autoplace and spawn, in two halves: the decision is taken off the writer
 * on a snapshot ({@link PlacementPlanner}), so that a slow placement blocks neither reads nor
 * other writes; the mutation that applies it collects the inputs again and checks that the
 * decision still holds ({@link io.linstorj.controller.placement.Placer#recheck}: the replicas are
 * still missing, the chosen nodes are still online with room and meet every rule), so that no two
 * placements book the same room. When the state changed so that it no longer holds, the mutation
 * changes nothing and placement is decided once more; after a second such change the
 * mutation decides itself, on the writer but under the placer's work bound, so the replies are
 * those of a placement on the state it applies to. Only a full placement queue answers
 * {@code FAIL_RSC_BUSY}.
 *
 * <p>New diskful replicas use the chosen pool (recorded as their {@code StorPoolName}) and start
 * without an initial sync when the resource had no diskful replica before, else they sync from a
 * peer ({@link InitialSyncRule}). With {@code diskless_on_remaining}, the other online nodes get
 * diskless replicas.
 */
public final class Autoplacer {
    /**
     * Decisions taken off the writer for one call: the first, and one more after a concurrent
     * change; if that one is overtaken too, its mutation decides itself.
     */
    static final int ATTEMPTS = 2;

    private final ObservedState observed;
    private final PoolMeasurement measurement;
    private final ReplicaFactory replicas;
    private final PlacementPlanner planner;

    /** Creates the step over the desired and observed state, creating replicas with {@code replicas}. */
    public Autoplacer(GuardedState state, ObservedState observed, ReplicaFactory replicas) {
        this(state, observed, replicas, PlacementPlanner.boundedExecutor(), Placer.DEFAULT_WORK_LIMIT);
    }

    /** As above, deciding on {@code placing} with at most {@code workLimit} units of work per decision. */
    Autoplacer(GuardedState state, ObservedState observed, ReplicaFactory replicas, Executor placing, long workLimit) {
        this.observed = observed;
        this.measurement = new PoolMeasurement(observed);
        this.replicas = replicas;
        this.planner = new PlacementPlanner(state, observed, placing, workLimit);
    }

    /**
     * Places the replicas of resource definition {@code resourceName} by {@code requested},
     * merged with its resource group's select filter, through {@code writes}; answers the reply
     * entries of the mutation.
     */
    public CompletableFuture<List<ApiCallRc>> autoplace(
            WriteQueue writes, String resourceName, AutoSelectFilter requested) {
        return placeAndApply(
                writes,
                () -> planner.planExisting(resourceName, requested),
                plan -> desired -> apply(desired, resourceName, requested, plan));
    }

    /** Plans the replicas of existing resource definition {@code resourceName}, off the writer. */
    CompletableFuture<PlacementPlan> planExisting(String resourceName, AutoSelectFilter requested) {
        return planner.planExisting(resourceName, requested);
    }

    /**
     * Plans the replicas of a definition that the mutation will create from resource group
     * {@code groupName} with volumes of {@code sizesKib} (spawn), by {@code requested} merged with
     * the group's select filter, off the writer.
     */
    public CompletableFuture<PlacementPlan> planSpawn(
            String resourceName, String groupName, List<Long> sizesKib, AutoSelectFilter requested) {
        return planner.planSpawn(resourceName, groupName, sizesKib, requested);
    }

    /**
     * Decides with {@code plan}, then submits the mutation {@code mutation} builds around the
     * decision; when that mutation found the decision stale, decides and submits once more.
     */
    public CompletableFuture<List<ApiCallRc>> placeAndApply(
            WriteQueue writes,
            Supplier<CompletableFuture<PlacementPlan>> plan,
            Function<PlacementPlan, Mutation> mutation) {
        return attempt(writes, plan, mutation, 1);
    }

    private CompletableFuture<List<ApiCallRc>> attempt(
            WriteQueue writes,
            Supplier<CompletableFuture<PlacementPlan>> plan,
            Function<PlacementPlan, Mutation> mutation,
            int attempt) {
        return plan.get().thenCompose(decided -> {
            if (attempt == ATTEMPTS) {
                decided.markFinalAttempt();
            }
            return writes.submit(mutation.apply(decided))
                    .thenCompose(replies -> decided.wasStale()
                            ? attempt(writes, plan, mutation, attempt + 1)
                            : CompletableFuture.completedFuture(replies));
        });
    }

    /**
     * Inside a mutation: applies {@code plan} to resource definition {@code resourceName} after
     * checking that it still holds; returns the reply entries.
     *
     * @throws ApiRcException when the definition or its volume definitions are missing, placement
     *     refused (its ret code with {@code MASK_RSC | MASK_CRT}), the placement queue was full
     *     ({@code FAIL_RSC_BUSY}), or the state changed since the decision and this is not the final
     *     attempt ({@code FAIL_RSC_BUSY}, and the plan is marked stale)
     */
    public List<ApiCallRc> apply(
            DesiredState desired, String resourceName, AutoSelectFilter requested, PlacementPlan plan) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_RSC)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName);
        ResourceDefinition definition = ResourceDefinitionService.existing(desired, resourceName, ctx);
        ResourceDeletion.refuseIfDeleting(definition, ctx);
        if (desired.volumeDefinitionsOf(definition.name()).isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_VLM_DFN,
                    "Resource definition '" + definition.name() + "' has no volume definitions.",
                    "Autoplace needs the volume sizes to find pools with room for a replica.",
                    "Create the volume definitions first.");
        }
        if (plan.failure() != null) {
            throw plan.failure();
        }
        if (plan.isBusy()) {
            throw ctx.refuse(
                    RetCodes.FAIL_RSC_BUSY,
                    "The controller is deciding too many placements at once.",
                    "At most " + (PlacementPlanner.THREADS + PlacementPlanner.QUEUED)
                            + " placements wait to be decided.",
                    "Retry the call later.");
        }
        if (plan.result() instanceof PlacementRefusal refusal) {
            throw refused(ctx, refusal, plan.unmeasured());
        }
        AutoSelectFilter filter = SelectFilters.merge(requested, PlacementPlanner.groupFilter(desired, definition));
        PlacementInputs inputs = PlacementInputs.collect(desired, observed, measurement, definition.name());
        Placer placer = planner.placer(PlacementPlanner.strategySetting(desired));
        Optional<PlacementDecision> decision = plan.result() == null
                ? Optional.empty()
                : placer.recheck(filter, inputs.resource(), inputs.candidates(), (PlacementDecision) plan.result());
        if (decision.isEmpty()) {
            decision = Optional.of(decideHere(placer, filter, inputs, plan, ctx));
        }
        if (decision.get().isNothingToDo()) {
            return List.of(ctx.rc(RetCodes.INFO_NOOP, decision.get().message()));
        }
        return create(desired, definition, decision.get(), ctx);
    }

    /**
     * The decision no longer holds (or was never taken): marks the plan stale so that the caller
     * decides again off the writer, unless this was the final attempt; then decides here, on the
     * writer, under the placer's work bound, as the state keeps changing under the decisions.
     */
    private static PlacementDecision decideHere(
            Placer placer, AutoSelectFilter filter, PlacementInputs inputs, PlacementPlan plan, CallContext ctx) {
        if (!plan.isFinalAttempt()) {
            plan.markStale();
            throw ctx.refuse(
                    RetCodes.FAIL_RSC_BUSY,
                    "The cluster changed while the placement was being decided; nothing was changed.",
                    "A concurrent change (nodes, storage pools, resources or the filter) made the decision invalid "
                            + "before it could be applied.",
                    "Retry the call.");
        }
        PlacementResult result = placer.place(filter, inputs.resource(), inputs.candidates());
        if (result instanceof PlacementRefusal refusal) {
            throw refused(ctx, refusal, inputs.unmeasured());
        }
        return (PlacementDecision) result;
    }

    private List<ApiCallRc> create(
            DesiredState desired, ResourceDefinition definition, PlacementDecision decision, CallContext ctx) {
        int diskfulBefore = ReplicaFactory.diskfulReplicas(desired, definition.name());
        List<ApiCallRc> replies = new ArrayList<>();
        for (ReplicaPlacement placement : decision.diskfulReplicas()) {
            replies.add(createOne(desired, definition, placement, Set.of(), diskfulBefore, ctx));
        }
        for (ReplicaPlacement placement : decision.disklessReplicas()) {
            replies.add(createOne(
                    desired,
                    definition,
                    placement,
                    Set.of(Resource.FLAG_DISKLESS, decision.disklessFlag()),
                    diskfulBefore,
                    ctx));
        }
        replies.add(ctx.rc(RetCodes.CREATED, "Resource '" + definition.name() + "' autoplaced.")
                .withDetails(decision.message()));
        return replies;
    }

    private ApiCallRc createOne(
            DesiredState desired,
            ResourceDefinition definition,
            ReplicaPlacement placement,
            Set<String> flags,
            int diskfulBefore,
            CallContext ctx) {
        CallContext replicaCtx = ctx.ref(ApiCallRc.REF_NODE, placement.nodeName());
        StoragePool pool = desired.storagePool(placement.nodeName(), placement.storagePoolName());
        Resource replica = replicas.create(
                desired,
                new ReplicaSpec(
                        definition.name(),
                        placement.nodeName(),
                        pool,
                        flags,
                        Map.of(PropertyRules.STORAGE_POOL_NAME, pool.name())),
                diskfulBefore,
                replicaCtx);
        String sync = replica.isDiskless()
                ? "diskless"
                : "initial sync: " + replica.props().get(InitialSyncRule.PROP);
        return replicaCtx
                .rc(
                        RetCodes.CREATED,
                        "Resource '" + replica.resourceName() + "' on node '" + replica.nodeName() + "' created.")
                .withDetails(
                        "Storage pool '" + pool.name() + "', DRBD node id " + replica.nodeId() + ", " + sync + ".");
    }

    private static ApiRcException refused(CallContext ctx, PlacementRefusal refusal, List<String> unmeasured) {
        List<String> details = new ArrayList<>();
        if (!refusal.rejections().isEmpty()) {
            details.add("Nodes passed over: "
                    + refusal.rejections().stream().map(NodeRejection::toString).collect(Collectors.joining("; "))
                    + ".");
        }
        if (!unmeasured.isEmpty()) {
            details.add("Storage pools not considered: " + String.join("; ", unmeasured) + ".");
        }
        return new ApiRcException(ctx.rc(refusal.retCode(), refusal.message())
                .withCause(refusal.cause())
                .withCorrection(refusal.correction())
                .withDetails(String.join(" ", details)));
    }
}
