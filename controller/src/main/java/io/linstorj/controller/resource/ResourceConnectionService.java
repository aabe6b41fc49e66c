package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceConnection;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Lists and modifies resource connections: the properties of the connection between two
 * replicas of a resource definition, such as DRBD net options for that pair only
 * ({@code DrbdOptions/Net/...}, checked by the same rules as on every other object).
 *
 * <p>Every pair of replicas is connected; a connection is stored only while it has properties
 * or flags, and goes with either of its replicas.
 */
public final class ResourceConnectionService {
    private final WriteQueue writes;
    private final GuardedState state;

    ResourceConnectionService(WriteQueue writes, GuardedState state) {
        this.writes = writes;
        this.state = state;
    }

    /**
     * The connections of every pair of replicas of {@code resourceName}, ordered by node name
     * key; fails with FAIL_NOT_FOUND_RSC_DFN for an unknown resource definition.
     */
    public CompletableFuture<List<ResourceConnectionView>> list(String resourceName) {
        CallContext ctx =
                CallContext.of(0, RetCodes.MASK_RSC_CONN).ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName);
        return state.readAsync(desired -> {
            ResourceDefinition definition = ResourceDefinitionService.existing(desired, resourceName, ctx);
            List<Resource> replicas = List.copyOf(desired.resourcesOf(definition.name()));
            List<ResourceConnectionView> views = new ArrayList<>();
            for (int i = 0; i < replicas.size(); i++) {
                for (int j = i + 1; j < replicas.size(); j++) {
                    views.add(view(
                            desired,
                            definition,
                            replicas.get(i).nodeName(),
                            replicas.get(j).nodeName()));
                }
            }
            return views;
        });
    }

    /**
     * The connection of {@code resourceName} between {@code nodeA} and {@code nodeB}, in the
     * order named; fails like {@link #modify} when the definition, a node or a replica is missing.
     */
    public CompletableFuture<ResourceConnectionView> get(String resourceName, String nodeA, String nodeB) {
        CallContext ctx = context(0, resourceName, nodeA, nodeB);
        return state.readAsync(desired -> {
            Pair pair = pair(desired, resourceName, nodeA, nodeB, ctx);
            return view(
                    desired,
                    pair.definition(),
                    pair.replicaA().nodeName(),
                    pair.replicaB().nodeName());
        });
    }

    /**
     * Sets and deletes properties of the connection between two replicas. Refused with
     * FAIL_NOT_FOUND_RSC_DFN, FAIL_NOT_FOUND_NODE or FAIL_NOT_FOUND_RSC when the definition, a
     * node or a replica on it is missing, FAIL_INVLD_REQUEST when both nodes are the same, and
     * FAIL_INVLD_PROP for a bad key or value.
     */
    public CompletableFuture<List<ApiCallRc>> modify(
            String resourceName, String nodeA, String nodeB, PropsChange change) {
        CallContext ctx = context(RetCodes.MASK_MOD, resourceName, nodeA, nodeB);
        return writes.submit(desired -> {
            Pair pair = pair(desired, resourceName, nodeA, nodeB, ctx);
            PropertyRules.check(change.overrides(), ctx);
            String first = pair.replicaA().nodeName();
            String second = pair.replicaB().nodeName();
            String name = pair.definition().name();
            ResourceConnection stored = desired.resourceConnection(name, first, second);
            ResourceConnection connection =
                    stored != null ? stored : ResourceConnection.between(name, first, second, UUID.randomUUID());
            Map<String, String> props = change.applyTo(connection.props());
            if (props.isEmpty() && connection.flags().isEmpty()) {
                if (stored != null) {
                    desired.removeResourceConnection(stored.resourceName(), stored.nodeA(), stored.nodeB());
                }
            } else {
                desired.putResourceConnection(connection.withProps(props));
            }
            return List.of(ctx.rc(
                    RetCodes.MODIFIED,
                    "Resource connection between nodes '" + first + "' and '" + second + "' for resource '" + name
                            + "' modified."));
        });
    }

    private static ResourceConnectionView view(
            DesiredState desired, ResourceDefinition definition, String nodeA, String nodeB) {
        ResourceConnection stored = desired.resourceConnection(definition.name(), nodeA, nodeB);
        return stored == null
                ? new ResourceConnectionView(definition.name(), nodeA, nodeB, Map.of(), Set.of())
                : new ResourceConnectionView(definition.name(), nodeA, nodeB, stored.props(), stored.flags());
    }

    private static Pair pair(DesiredState desired, String resourceName, String nodeA, String nodeB, CallContext ctx) {
        NameRules.resourceName(resourceName, ctx);
        NameRules.nodeName(nodeA, ctx);
        NameRules.nodeName(nodeB, ctx);
        ResourceDefinition definition = ResourceDefinitionService.existing(desired, resourceName, ctx);
        Resource replicaA = replica(desired, definition, nodeA, ctx);
        Resource replicaB = replica(desired, definition, nodeB, ctx);
        if (replicaA.key().equals(replicaB.key())) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "A resource connection needs two different nodes; both are '" + replicaA.nodeName() + "'.",
                    "A connection joins the replicas on two nodes.",
                    "Name two different nodes.");
        }
        return new Pair(definition, replicaA, replicaB);
    }

    private static Resource replica(
            DesiredState desired, ResourceDefinition definition, String nodeName, CallContext ctx) {
        Node node = desired.node(nodeName);
        if (node == null) {
            throw NotFound.node(nodeName, ctx);
        }
        Resource replica = desired.resource(definition.name(), node.name());
        if (replica == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_RSC,
                    "Resource '" + definition.name() + "' not found on node '" + node.name() + "'.",
                    "A resource connection joins two replicas of the resource.",
                    "Create the resource on node '" + node.name() + "' first.");
        }
        return replica;
    }

    private static CallContext context(long operation, String resourceName, String nodeA, String nodeB) {
        return CallContext.of(operation, RetCodes.MASK_RSC_CONN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_FIRST_NODE, nodeA)
                .ref(ApiCallRc.REF_SECOND_NODE, nodeB);
    }

    private record Pair(ResourceDefinition definition, Resource replicaA, Resource replicaB) {}
}
