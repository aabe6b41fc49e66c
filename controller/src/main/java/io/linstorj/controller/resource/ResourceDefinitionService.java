package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Creates, modifies, deletes and lists resource definitions. */
public final class ResourceDefinitionService {
    private final WriteQueue writes;
    private final GuardedState state;
    private final ResourceDefinitionFactory factory;
    private final ResourceDeletion deletion;

    /** Creates the service. */
    ResourceDefinitionService(
            WriteQueue writes, GuardedState state, ResourceDefinitionFactory factory, ResourceDeletion deletion) {
        this.writes = writes;
        this.state = state;
        this.factory = factory;
        this.deletion = deletion;
    }

    /**
     * Creates a resource definition in its resource group (DfltRscGrp unless named) with a DRBD
     * port (given, or allocated from TcpPortAutoRange), a new shared secret and the volume
     * definitions of the request.
     */
    public CompletableFuture<List<ApiCallRc>> create(ResourceDefinitionCreateRequest request) {
        return writes.submit(desired -> factory.create(desired, request));
    }

    /** Sets and deletes properties of a resource definition. */
    public CompletableFuture<List<ApiCallRc>> modify(String name, PropsChange props) {
        CallContext ctx = context(RetCodes.MASK_MOD, name);
        return writes.submit(desired -> {
            ResourceDefinition definition = existing(desired, name, ctx);
            ResourceDeletion.refuseIfDeleting(definition, ctx);
            PropertyRules.check(props.overrides(), ctx);
            desired.putResourceDefinition(definition.withProps(props.applyTo(definition.props())));
            return List.of(ctx.rc(RetCodes.MODIFIED, "Resource definition '" + definition.name() + "' modified."));
        });
    }

    /**
     * Deletes a resource definition with everything it holds, as LINSTOR's resource definition
     * delete does: the definition and every replica (on every node) are marked DELETE in one
     * durable change; each satellite takes its replica down (DRBD down, volumes deleted) and
     * reports it gone, which removes that replica; the definition and its volume definitions go
     * with the last replica. Until then all of them are listed with the flag DELETE and keep
     * their DRBD port, minors and node ids, so that no new definition can take them while an old
     * DRBD resource may still use them. A node whose satellite is offline keeps its replica
     * marked DELETE until it reconnects (the reply warns, WARN_NOT_CONNECTED) or is declared
     * lost. A definition without replicas goes at once. WARN_NOT_FOUND when absent; refused with
     * FAIL_EXISTS_SNAPSHOT_DFN while it has snapshots. Deleting it again while pending answers
     * the same and changes nothing.
     */
    public CompletableFuture<List<ApiCallRc>> delete(String name) {
        CallContext ctx = context(RetCodes.MASK_DEL, name);
        return writes.submit(desired -> {
            NameRules.resourceName(name, ctx);
            ResourceDefinition definition = desired.resourceDefinition(name);
            if (definition == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Resource definition '" + name + "' not found."));
            }
            refuseWithSnapshots(desired, definition, ctx);
            if (desired.resourcesOf(name).isEmpty()) {
                ResourceDeletion.removeDefinition(desired, definition);
                return List.of(ctx.rc(RetCodes.DELETED, "Resource definition '" + definition.name() + "' deleted.")
                        .withDetails("Resource definition '" + definition.name() + "' UUID was: " + definition.uuid()));
            }
            if (!definition.isDeleting()) {
                desired.putResourceDefinition(definition.markedForDeletion());
            }
            List<ApiCallRc> replies = new ArrayList<>();
            replies.add(
                    ctx.rc(RetCodes.DELETED, "Resource definition '" + definition.name() + "' marked for deletion."));
            for (Resource replica : List.copyOf(desired.resourcesOf(name))) {
                deletion.mark(desired, replica, true, ctx, replies);
            }
            ResourceDeletion.finishDefinition(desired, definition.name()).ifPresentOrElse(replies::add, () -> {
                List<String> pending = ResourceDeletion.pendingNodes(desired, definition.name());
                replies.add(ctx.rc(
                                RetCodes.MODIFIED,
                                "Resource definition '" + definition.name()
                                        + "' is deleted once its resources are gone on node(s) "
                                        + String.join(", ", pending) + ".")
                        .withDetails("Until then it is listed with the flag DELETE, and its DRBD port "
                                + definition.port() + " and minors stay reserved."));
            });
            return replies;
        });
    }

    /** Refuses, as LINSTOR does, to delete a definition whose snapshots would be lost with it. */
    private static void refuseWithSnapshots(DesiredState desired, ResourceDefinition definition, CallContext ctx) {
        List<String> snapshots = desired.snapshotDefinitionsOf(definition.name()).stream()
                .map(SnapshotDefinition::name)
                .toList();
        if (!snapshots.isEmpty()) {
            throw new ApiRcException(ctx.rc(
                            RetCodes.FAIL_EXISTS_SNAPSHOT_DFN,
                            "Cannot delete resource definition '" + definition.name() + "' because it has snapshots.")
                    .withCause("Its snapshots: " + String.join(", ", snapshots) + ".")
                    .withCorrection("Delete the snapshots " + String.join(", ", snapshots) + " first (DELETE"
                            + " /v1/resource-definitions/" + definition.name() + "/snapshots/{snapshot}).")
                    .withDetails("Resource definition: " + definition.name()));
        }
    }

    /** Lists the definitions named in {@code names} (all when empty), with their volume definitions. */
    public CompletableFuture<List<ResourceDefinitionView>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            if (keys.isEmpty()) {
                return everything(desired);
            }
            List<ResourceDefinitionView> views = new ArrayList<>();
            for (String key : new TreeSet<>(keys)) {
                ResourceDefinition definition = desired.resourceDefinitions().get(key);
                if (definition != null) {
                    views.add(new ResourceDefinitionView(
                            definition, List.copyOf(desired.volumeDefinitionsOf(definition.name()))));
                }
            }
            return views;
        });
    }

    /**
     * Every definition with its volume definitions, in one pass over both tables side by side:
     * both are sorted by the definition's name key, so no range lookup per definition is needed.
     */
    private static List<ResourceDefinitionView> everything(DesiredState desired) {
        List<ResourceDefinitionView> views =
                new ArrayList<>(desired.resourceDefinitions().size());
        Iterator<Map.Entry<VolumeDefinitionKey, VolumeDefinition>> volumeRows =
                desired.volumeDefinitions().rows().entrySet().iterator();
        Map.Entry<VolumeDefinitionKey, VolumeDefinition> volumeRow = volumeRows.hasNext() ? volumeRows.next() : null;
        for (Map.Entry<String, ResourceDefinition> row :
                desired.resourceDefinitions().rows().entrySet()) {
            String key = row.getKey();
            while (volumeRow != null && volumeRow.getKey().resourceKey().compareTo(key) < 0) {
                volumeRow = volumeRows.hasNext() ? volumeRows.next() : null;
            }
            List<VolumeDefinition> volumes = new ArrayList<>(1);
            while (volumeRow != null && volumeRow.getKey().resourceKey().equals(key)) {
                volumes.add(volumeRow.getValue());
                volumeRow = volumeRows.hasNext() ? volumeRows.next() : null;
            }
            views.add(new ResourceDefinitionView(row.getValue(), volumes));
        }
        return views;
    }

    /** The resource definition named {@code name}; refuses a bad name or FAIL_NOT_FOUND_RSC_DFN with {@code ctx}. */
    public static ResourceDefinition existing(DesiredState desired, String name, CallContext ctx) {
        NameRules.resourceName(name, ctx);
        ResourceDefinition definition = desired.resourceDefinition(name);
        if (definition == null) {
            throw NotFound.resourceDefinition(name, ctx);
        }
        return definition;
    }

    private static CallContext context(long operation, String name) {
        return CallContext.of(operation, RetCodes.MASK_RSC_DFN).ref(ApiCallRc.REF_RESOURCE_DEFINITION, name);
    }
}
