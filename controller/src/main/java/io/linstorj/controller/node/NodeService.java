package io.linstorj.controller.node;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceDeletion;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Registers, modifies, deletes (also as lost) and lists nodes. */
public final class NodeService {
    private final WriteQueue writes;
    private final GuardedState state;
    private final ObservedState observed;
    private final NodeReconnector reconnector;

    /** Creates the service; nodes cannot be reconnected (there are no satellite links). */
    public NodeService(WriteQueue writes, GuardedState state, ObservedState observed) {
        this(writes, state, observed, NodeReconnector.NONE);
    }

    /** Creates the service; {@code reconnector} restarts satellite links. */
    public NodeService(WriteQueue writes, GuardedState state, ObservedState observed, NodeReconnector reconnector) {
        this.writes = writes;
        this.state = state;
        this.observed = observed;
        this.reconnector = reconnector;
    }

    /**
     * Registers a node with its net interfaces (the connection interface gets satellite port 3366
     * unless one is given) and its diskless default pool {@code DfltDisklessStorPool}.
     */
    public CompletableFuture<List<ApiCallRc>> create(NodeCreateRequest request) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_NODE).ref(ApiCallRc.REF_NODE, request.name());
        return writes.submit(desired -> {
            NameRules.nodeName(request.name(), ctx);
            NodeType type = nodeType(request.type(), ctx);
            PropertyRules.check(request.props(), ctx);
            Map<String, NetInterface> interfaces = netInterfaces(request.netInterfaces(), type, ctx);
            if (desired.node(request.name()) != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_NODE,
                        "Node '" + request.name() + "' already exists.",
                        "A node of that name (ignoring case) is registered.",
                        "Choose another name or delete the node first.");
            }
            Node node = new Node(
                    request.name(), type, request.props(), Set.of(), new TreeMap<>(interfaces), UUID.randomUUID());
            desired.putNode(node);
            addDisklessPool(desired, node.name());
            return List.of(ctx.rc(RetCodes.CREATED, "Node '" + node.name() + "' registered.")
                    .withDetails("Node '" + node.name() + "' UUID is: " + node.uuid()));
        });
    }

    /** Changes a node's properties and, when {@code newType} is not empty, its type. */
    public CompletableFuture<List<ApiCallRc>> modify(String nodeName, PropsChange props, String newType) {
        CallContext ctx = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_NODE).ref(ApiCallRc.REF_NODE, nodeName);
        return writes.submit(desired -> {
            NameRules.nodeName(nodeName, ctx);
            Node node = existing(desired, nodeName, ctx);
            PropertyRules.check(props.overrides(), ctx);
            Node changed = node.withProps(props.applyTo(node.props()));
            if (newType != null && !newType.isEmpty()) {
                changed = changed.withType(nodeType(newType, ctx));
            }
            desired.putNode(changed);
            return List.of(ctx.rc(RetCodes.MODIFIED, "Node '" + node.name() + "' modified."));
        });
    }

    /**
     * Deletes a node and its storage pools; refused with FAIL_IN_USE while it holds resources,
     * WARN_NOT_FOUND when it does not exist.
     */
    public CompletableFuture<List<ApiCallRc>> delete(String nodeName) {
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_NODE).ref(ApiCallRc.REF_NODE, nodeName);
        return writes.submit(desired -> {
                    NameRules.nodeName(nodeName, ctx);
                    Node node = desired.node(nodeName);
                    if (node == null) {
                        return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Node '" + nodeName + "' not found."));
                    }
                    Collection<String> resources = desired.resourceNamesOn(nodeName);
                    if (!resources.isEmpty()) {
                        throw ctx.refuse(
                                RetCodes.FAIL_IN_USE,
                                "Node '" + node.name() + "' still has resources.",
                                "Resources on the node: " + String.join(", ", resources) + ".",
                                "Delete the resources on the node first.");
                    }
                    List<String> snapshots = desired.snapshotsOn(nodeName).stream()
                            .map(snapshot -> snapshot.resourceName() + "/" + snapshot.snapshotName())
                            .toList();
                    if (!snapshots.isEmpty()) {
                        throw ctx.refuse(
                                RetCodes.FAIL_IN_USE,
                                "Node '" + node.name() + "' still has snapshots.",
                                "Snapshots on the node (resource/snapshot): " + String.join(", ", snapshots) + ".",
                                "Delete the snapshots on the node first (DELETE …/snapshots/{snapshot}?nodes="
                                        + node.name() + ").");
                    }
                    for (StoragePool pool : List.copyOf(desired.storagePoolsOf(nodeName))) {
                        desired.removeStoragePool(pool.nodeName(), pool.name());
                    }
                    desired.removeNode(nodeName);
                    return List.of(ctx.rc(RetCodes.DELETED, "Node '" + node.name() + "' deleted."));
                })
                .thenApply(replies -> {
                    if (replies.stream().anyMatch(rc -> rc.hasCode(RetCodes.DELETED))) {
                        observed.forgetNode(nodeName);
                    }
                    return replies;
                });
    }

    /**
     * Deletes a node that is gone for good (LINSTOR's node lost): with its resources, their
     * volumes and its storage pools, in one durable change; the resource definitions and the
     * replicas on other nodes stay, and those nodes' satellites drop the lost peer. Refused with
     * FAIL_EXISTS_NODE_CONN while the node's satellite is connected (an ordinary delete is for
     * that); WARN_NOT_FOUND when the node does not exist. Nothing is asked of the lost node:
     * whatever it still holds on its disks stays there.
     */
    public CompletableFuture<List<ApiCallRc>> deleteLost(String nodeName) {
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_NODE).ref(ApiCallRc.REF_NODE, nodeName);
        return writes.submit(desired -> {
                    NameRules.nodeName(nodeName, ctx);
                    Node node = desired.node(nodeName);
                    if (node == null) {
                        return List.of(
                                ctx.rc(RetCodes.WARN_NOT_FOUND, "Deletion of node '" + nodeName + "' had no effect.")
                                        .withCause("Node '" + nodeName + "' does not exist."));
                    }
                    String status = observed.connectionStatus(node.name());
                    if (ObservedState.ONLINE.equals(status) || ObservedState.CONNECTED.equals(status)) {
                        throw ctx.refuse(
                                RetCodes.FAIL_EXISTS_NODE_CONN,
                                "Node '" + node.name() + "' still connected, please use the 'DelNode' api.",
                                "A lost node is one whose satellite is gone; this one is connected.",
                                "Delete the node's resources and then the node, or stop its satellite first.");
                    }
                    List<ApiCallRc> replies = new ArrayList<>();
                    List<ApiCallRc> finished = new ArrayList<>();
                    for (String resourceName : List.copyOf(desired.resourceNamesOn(nodeName))) {
                        desired.removeResource(resourceName, nodeName);
                        // A definition waiting for this node alone to confirm its deletion is done now.
                        ResourceDeletion.finishDefinition(desired, resourceName).ifPresent(finished::add);
                    }
                    for (StoragePool pool : List.copyOf(desired.storagePoolsOf(nodeName))) {
                        desired.removeStoragePool(pool.nodeName(), pool.name());
                    }
                    desired.removeNode(nodeName);
                    replies.add(ctx.rc(RetCodes.DELETED, "Node '" + node.name() + "' deleted.")
                            .withDetails("Node '" + node.name() + "' UUID was: " + node.uuid()));
                    replies.addAll(finished);
                    return replies;
                })
                .thenApply(replies -> {
                    if (replies.stream().anyMatch(rc -> rc.hasCode(RetCodes.DELETED))) {
                        observed.forgetNode(nodeName);
                    }
                    return replies;
                });
    }

    /**
     * Restarts the satellite link of a node (LINSTOR's node reconnect): nothing is stored, the
     * controller dials the satellite again at once and the connection status tells how it goes.
     * FAIL_NOT_FOUND_NODE for an unknown node, FAIL_INVLD_NODE_TYPE for a node without satellite
     * (controller, auxiliary), FAIL_NOT_CONNECTED when the controller dials no satellite for it.
     */
    public CompletableFuture<List<ApiCallRc>> reconnect(String nodeName) {
        CallContext ctx = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_NODE).ref(ApiCallRc.REF_NODE, nodeName);
        return state.readAsync(desired -> {
                    NameRules.nodeName(nodeName, ctx);
                    Node node = existing(desired, nodeName, ctx);
                    if (!node.type().runsSatellite()) {
                        throw ctx.refuse(
                                RetCodes.FAIL_INVLD_NODE_TYPE,
                                "Node '" + node.name() + "' has no satellite to reconnect.",
                                "Node '" + node.name() + "' is of type " + node.type()
                                        + "; only satellite and combined nodes run one.",
                                "Reconnect a satellite or combined node.");
                    }
                    return node.name();
                })
                .thenApply(name -> {
                    if (!reconnector.reconnect(name)) {
                        throw ctx.refuse(
                                RetCodes.FAIL_NOT_CONNECTED,
                                "Node '" + name + "' has no satellite link to restart.",
                                "The controller dials no satellite for this node.",
                                "Give the node a net interface with a satellite port.");
                    }
                    return List.of(ctx.rc(RetCodes.MODIFIED, "Node '" + name + "' put into reconnect cycle.")
                            .withDetails("The controller dials the satellite of node '" + name + "' again."));
                });
    }

    /** Lists the nodes named in {@code names} (all when empty), with their connection status. */
    public CompletableFuture<List<NodeView>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<NodeView> views = new ArrayList<>();
            for (Node node : desired.nodes().values()) {
                if (keys.isEmpty() || keys.contains(Names.key(node.name()))) {
                    views.add(new NodeView(
                            node, observed.connectionStatus(node.name()), observed.satelliteInfo(node.name())));
                }
            }
            return views;
        });
    }

    static Node existing(DesiredState desired, String nodeName, CallContext ctx) {
        Node node = desired.node(nodeName);
        if (node == null) {
            throw NotFound.node(nodeName, ctx);
        }
        return node;
    }

    private static NodeType nodeType(String text, CallContext ctx) {
        return NodeType.parse(text == null ? "" : text)
                .orElseThrow(() -> ctx.refuse(
                        RetCodes.FAIL_INVLD_NODE_TYPE,
                        "Invalid node type '" + text + "'.",
                        "Known node types: Satellite, Controller, Combined, Auxiliary.",
                        "Use one of the known node types."));
    }

    private static Map<String, NetInterface> netInterfaces(
            List<NetInterfaceRequest> requests, NodeType type, CallContext ctx) {
        if (requests.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NET_ADDR,
                    "The node has no net interface.",
                    "A node needs a net interface with an IP address.",
                    "Give the node's IP address.");
        }
        boolean needsPort = type.runsSatellite()
                && requests.stream()
                        .noneMatch(request -> request.satellitePort() != null && request.satellitePort() > 0);
        Map<String, NetInterface> interfaces = new LinkedHashMap<>();
        for (NetInterfaceRequest request : requests) {
            String name =
                    request.name() == null || request.name().isEmpty() ? NetInterface.DEFAULT_NAME : request.name();
            // A given port is judged before any default applies: -1 must be refused, not replaced.
            int port = request.satellitePort() == null ? 0 : NetInterfaceRules.port(request.satellitePort(), ctx);
            if (needsPort && interfaces.isEmpty()) {
                port = NetInterface.DEFAULT_SATELLITE_PORT;
            }
            NetInterface netInterface =
                    NetInterfaceRules.build(name, request.address(), port, request.encryptionType(), ctx);
            if (interfaces.putIfAbsent(Names.key(name), netInterface) != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_NET_IF,
                        "Net interface '" + name + "' is given twice.",
                        "Net interface names are unique per node (ignoring case).",
                        "Give each interface its own name.");
            }
        }
        return interfaces;
    }

    private static void addDisklessPool(DesiredState desired, String nodeName) {
        String poolName = StoragePoolDefinition.DEFAULT_DISKLESS_POOL;
        if (desired.storagePoolDefinition(poolName) == null) {
            desired.putStoragePoolDefinition(new StoragePoolDefinition(poolName, Map.of(), UUID.randomUUID()));
        }
        StoragePool pool = new StoragePool(nodeName, poolName, ProviderKind.DISKLESS, Map.of(), UUID.randomUUID());
        desired.putStoragePool(pool);
    }
}
