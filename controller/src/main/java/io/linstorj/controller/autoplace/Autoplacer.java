package io.linstorj.controller.autoplace;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.ResourceGroup;
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
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.storage.PoolMeasurement;
import io.linstorj.protocol.RetCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Autoplace as a step of a mutation: maps the desired and observed state onto the placement
 * engine, runs it and creates the replicas it chose, all while the writer holds the state, so
 * that no two placements can book the same room. Shared by autoplace and spawn. Writer thread only.
 *
 * <p>New diskful replicas use the chosen pool (recorded as their {@code StorPoolName}) and start
 * without an initial sync when the resource had no diskful replica before, else they sync from a
 * peer ({@link InitialSyncRule}). With {@code diskless_on_remaining}, the other online nodes get
 * diskless replicas.
 */
public final class Autoplacer {
    private final ObservedState observed;
    private final PoolMeasurement measurement;
    private final ReplicaFactory replicas;

    /** Creates the step over the observed state, creating replicas with {@code replicas}. */
    public Autoplacer(ObservedState observed, ReplicaFactory replicas) {
        this.observed = observed;
        this.measurement = new PoolMeasurement(observed);
        this.replicas = replicas;
    }

    /**
     * Places the replicas of resource definition {@code resourceName} by {@code requested},
     * merged with its resource group's select filter; returns the reply entries.
     *
     * @throws ApiRcException when the definition or its volume definitions are missing, or
     *     placement refuses (its ret code with {@code MASK_RSC | MASK_CRT})
     */
    public List<ApiCallRc> place(DesiredState desired, String resourceName, AutoSelectFilter requested) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_RSC)
            .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName);
        ResourceDefinition definition = ResourceDefinitionService.existing(desired, resourceName, ctx);
        if (desired.volumeDefinitionsOf(definition.name()).isEmpty()) {
            throw ctx.refuse(RetCodes.FAIL_NOT_FOUND_VLM_DFN,
                "Resource definition '" + definition.name() + "' has no volume definitions.",
                "Autoplace needs the volume sizes to find pools with room for a replica.",
                "Create the volume definitions first.");
        }
        AutoSelectFilter filter = SelectFilters.merge(requested, groupFilter(desired, definition));
        PlacementInputs inputs = PlacementInputs.collect(desired, observed, measurement, definition.name());
        Placer placer = new Placer(PlacementStrategies.named(
            desired.controllerProps().get(PropertyRules.AUTOPLACER_STRATEGY)));
        PlacementResult result = placer.place(filter, inputs.resource(), inputs.candidates());
        if (result instanceof PlacementRefusal refusal) {
            throw refused(ctx, refusal, inputs.unmeasured());
        }
        PlacementDecision decision = (PlacementDecision) result;
        if (decision.isNothingToDo()) {
            return List.of(ctx.rc(RetCodes.INFO_NOOP, decision.message()));
        }
        return create(desired, definition, decision, ctx);
    }

    private List<ApiCallRc> create(DesiredState desired, ResourceDefinition definition, PlacementDecision decision,
        CallContext ctx) {
        int diskfulBefore = ReplicaFactory.diskfulReplicas(desired, definition.name());
        List<ApiCallRc> replies = new ArrayList<>();
        for (ReplicaPlacement placement : decision.diskfulReplicas()) {
            replies.add(createOne(desired, definition, placement, Set.of(), diskfulBefore, ctx));
        }
        for (ReplicaPlacement placement : decision.disklessReplicas()) {
            replies.add(createOne(desired, definition, placement,
                Set.of(Resource.FLAG_DISKLESS, decision.disklessFlag()), diskfulBefore, ctx));
        }
        replies.add(ctx.rc(RetCodes.CREATED, "Resource '" + definition.name() + "' autoplaced.")
            .withDetails(decision.message()));
        return replies;
    }

    private ApiCallRc createOne(DesiredState desired, ResourceDefinition definition, ReplicaPlacement placement,
        Set<String> flags, int diskfulBefore, CallContext ctx) {
        CallContext replicaCtx = ctx.ref(ApiCallRc.REF_NODE, placement.nodeName());
        StoragePool pool = desired.storagePool(placement.nodeName(), placement.storagePoolName());
        Resource replica = replicas.create(desired, new ReplicaSpec(definition.name(), placement.nodeName(), pool, flags,
            Map.of(PropertyRules.STORAGE_POOL_NAME, pool.name())), diskfulBefore, replicaCtx);
        String sync = replica.isDiskless() ? "diskless" : "initial sync: " + replica.props().get(InitialSyncRule.PROP);
        return replicaCtx.rc(RetCodes.CREATED,
            "Resource '" + replica.resourceName() + "' on node '" + replica.nodeName() + "' created.")
            .withDetails("Storage pool '" + pool.name() + "', DRBD node id " + replica.nodeId() + ", " + sync + ".");
    }

    private static AutoSelectFilter groupFilter(DesiredState desired, ResourceDefinition definition) {
        String groupName = definition.resourceGroupName().isEmpty() ? ResourceGroup.DEFAULT_NAME
            : definition.resourceGroupName();
        ResourceGroup group = desired.resourceGroup(groupName);
        return group == null ? AutoSelectFilter.builder().build() : group.selectFilter();
    }

    private static ApiRcException refused(CallContext ctx, PlacementRefusal refusal, List<String> unmeasured) {
        List<String> details = new ArrayList<>();
        if (!refusal.rejections().isEmpty()) {
            details.add("Nodes passed over: " + refusal.rejections().stream()
                .map(NodeRejection::toString).collect(Collectors.joining("; ")) + ".");
        }
        if (!unmeasured.isEmpty()) {
            details.add("Storage pools not considered: " + String.join("; ", unmeasured) + ".");
        }
        return new ApiRcException(ctx.rc(refusal.retCode(), refusal.message())
            .withCause(refusal.cause()).withCorrection(refusal.correction()).withDetails(String.join(" ", details)));
    }
}
