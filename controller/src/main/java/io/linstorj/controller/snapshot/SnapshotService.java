package io.linstorj.controller.snapshot;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.SnapshotDefinitionKey;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates, lists and deletes snapshots. A create records the snapshot definition and one snapshot
 * per node in one durable change and replies; the {@link SnapshotCoordinator} then has all the
 * nodes suspend I/O, take the storage snapshots and resume I/O together, and records the snapshot
 * SUCCESSFUL, or failed with the reason.
 */
public final class SnapshotService {
    private final WriteQueue writes;
    private final GuardedState state;
    private final ObservedState observed;
    private final Clock clock;
    private final SnapshotCoordinator coordinator;

    /** Creates the service; {@code coordinator} takes the snapshots it stores. */
    public SnapshotService(
            WriteQueue writes,
            GuardedState state,
            ObservedState observed,
            Clock clock,
            SnapshotCoordinator coordinator) {
        this.writes = writes;
        this.state = state;
        this.observed = observed;
        this.clock = clock;
        this.coordinator = coordinator;
    }

    /**
     * Takes a snapshot on every diskful replica of the resource, or on the nodes named, at one
     * point in time ({@link SnapshotCoordinator}). Refused for an unknown resource definition, a
     * taken name, a resource without diskful replicas (or a named node without one), a node that
     * is not online (nothing is taken then: LINSTOR takes no partial snapshots unless the nodes
     * are named) and a pool kind that cannot take snapshots.
     */
    public CompletableFuture<List<ApiCallRc>> create(SnapshotCreateRequest request) {
        return createAll(List.of(request));
    }

    /**
     * Takes several snapshots, of one or more resource definitions, at one point in time: every
     * node of every one of them suspends I/O before any copy is taken (LINSTOR's multi-snapshot).
     * All are stored or none: a refusal of one refuses the whole request.
     */
    public CompletableFuture<List<ApiCallRc>> createMulti(List<SnapshotCreateRequest> requests) {
        if (requests.isEmpty()) {
            CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_SNAPSHOT);
            return CompletableFuture.completedFuture(
                    List.of(ctx.rc(RetCodes.FAIL_INVLD_REQUEST, "A multi-snapshot request names no snapshot.")
                            .withCause("The 'snapshots' list is empty.")
                            .withCorrection("Name at least one resource definition and snapshot.")));
        }
        return createAll(requests);
    }

    private CompletableFuture<List<ApiCallRc>> createAll(List<SnapshotCreateRequest> requests) {
        return createWith(requests, desired -> List.of());
    }

    /**
     * Takes the snapshots as {@link #createMulti} does, in one mutation with {@code first}, which
     * runs before them and may refuse the whole (a clone's new definition).
     */
    CompletableFuture<List<ApiCallRc>> createWith(
            List<SnapshotCreateRequest> requests, Function<DesiredState, List<ApiCallRc>> first) {
        Object token = new Object();
        List<SnapshotDefinitionKey> keys = new ArrayList<>();
        List<Snapshot> parts = new ArrayList<>();
        return writes.submit(desired -> {
                    keys.clear();
                    parts.clear();
                    List<ApiCallRc> replies = new ArrayList<>(first.apply(desired));
                    for (SnapshotCreateRequest request : requests) {
                        CallContext ctx =
                                SnapshotRules.context(RetCodes.MASK_CRT, request.resourceName(), request.name());
                        replies.add(plan(desired, request, ctx, keys, parts));
                    }
                    if (!coordinator.reserve(keys, token)) {
                        CallContext ctx = SnapshotRules.context(
                                RetCodes.MASK_CRT,
                                requests.get(0).resourceName(),
                                requests.get(0).name());
                        throw ctx.refuse(
                                RetCodes.FAIL_EXISTS_SNAPSHOT_DFN,
                                "A snapshot of the request is being taken" + " already.",
                                "Another request with the same snapshot names is in progress.",
                                "Choose other snapshot names.");
                    }
                    return replies;
                })
                .thenApply(replies -> {
                    if (replies.stream().anyMatch(ApiCallRc::isError)) {
                        coordinator.release(List.copyOf(keys));
                    } else {
                        coordinator.begin(List.copyOf(keys), List.copyOf(parts));
                    }
                    return replies;
                });
    }

    /** Validates one snapshot and stores its definition and nodes; adds them to {@code keys} and {@code parts}. */
    private ApiCallRc plan(
            DesiredState desired,
            SnapshotCreateRequest request,
            CallContext ctx,
            List<SnapshotDefinitionKey> keys,
            List<Snapshot> parts) {
        ResourceDefinition definition = SnapshotRules.resourceDefinition(desired, request.resourceName(), ctx);
        NameRules.snapshotName(request.name(), ctx);
        PropertyRules.check(request.props(), ctx);
        SnapshotDefinition existing = desired.snapshotDefinition(definition.name(), request.name());
        if (existing != null) {
            throw ctx.refuse(
                    RetCodes.FAIL_EXISTS_SNAPSHOT_DFN,
                    "A snapshot definition with the name '" + existing.name()
                            + "' already exists in resource definition '" + definition.name() + "'.",
                    "The SnapshotDefinition already exists",
                    "Choose another snapshot name.");
        }
        List<VolumeDefinition> volumes = List.copyOf(desired.volumeDefinitionsOf(definition.name()));
        if (volumes.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_VLM_DFN,
                    "Resource definition '" + definition.name() + "' has no volume definitions to snapshot.",
                    "A snapshot copies the resource's volumes.",
                    "Create a volume definition first.");
        }
        List<Resource> replicas = replicas(desired, definition, request.nodeNames(), ctx);
        TreeMap<Integer, Long> sizes = new TreeMap<>();
        volumes.forEach(volume -> sizes.put(volume.volumeNumber(), volume.sizeKib()));
        SnapshotDefinition snapshot = new SnapshotDefinition(
                definition.name(), request.name(), sizes, request.props(), Set.of(), UUID.randomUUID());
        desired.putSnapshotDefinition(snapshot);
        long now = clock.millis();
        List<Snapshot> taken = new ArrayList<>();
        for (Resource replica : replicas) {
            TreeMap<Integer, String> pools = new TreeMap<>();
            for (Volume volume : desired.volumesOf(definition.name(), replica.nodeName())) {
                StoragePool pool = desired.storagePool(replica.nodeName(), volume.storagePoolName());
                if (pool == null) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_FOUND_STOR_POOL,
                            "Storage pool '"
                                    + volume.storagePoolName() + "' of resource '" + definition.name() + "' on node '"
                                    + replica.nodeName() + "' not found.",
                            "The volume's pool was deleted.",
                            "Move the replica to an existing pool first.");
                }
                SnapshotRules.checkSnapshotCapable(pool, replica, ctx);
                pools.put(volume.volumeNumber(), pool.name());
            }
            Snapshot onNode = new Snapshot(
                    definition.name(), snapshot.name(), replica.nodeName(), pools, Map.of(), now, UUID.randomUUID());
            desired.putSnapshot(onNode);
            taken.add(onNode);
        }
        keys.add(snapshot.key());
        parts.addAll(taken);
        String on = request.nodeNames().isEmpty() ? "" : " on nodes '" + SnapshotRules.nodeList(taken) + "'";
        return ctx.ref("UUID", snapshot.uuid().toString())
                .rc(
                        RetCodes.CREATED,
                        "New snapshot '" + snapshot.name() + "' of resource '" + definition.name() + "'" + on
                                + " registered.")
                .withDetails("Snapshot '" + snapshot.name() + "' of resource '" + definition.name() + "'" + on
                        + " UUID is: " + snapshot.uuid()
                        + ". Its nodes suspend I/O, take it and resume I/O together now;"
                        + " the snapshot shows SUCCESSFUL once every node took it, FAILED_DEPLOYMENT or FAILED_DISCONNECT"
                        + " (and why, in property " + SnapshotProps.FAILURE + ") if one could not.");
    }

    private List<Resource> replicas(
            DesiredState desired, ResourceDefinition definition, List<String> nodeNames, CallContext ctx) {
        List<Resource> replicas = new ArrayList<>();
        if (nodeNames.isEmpty()) {
            for (Resource replica : desired.resourcesOf(definition.name())) {
                if (!replica.isDiskless()) {
                    replicas.add(replica);
                }
            }
            if (replicas.isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_RSC,
                        "Resource '" + definition.name() + "' has no diskful replica to snapshot.",
                        "Diskless replicas hold no data of their own.",
                        "Create a diskful replica first.");
            }
        } else {
            Map<String, Resource> named = new LinkedHashMap<>();
            for (String nodeName : nodeNames) {
                NameRules.nodeName(nodeName, ctx);
                Node node = desired.node(nodeName);
                if (node == null) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_FOUND_NODE,
                            "Node '" + nodeName + "' not found.",
                            "Snapshots are taken on registered nodes.",
                            "Name a node that holds the resource.");
                }
                Resource replica = desired.resource(definition.name(), node.name());
                if (replica == null || replica.isDiskless()) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_FOUND_RSC,
                            "Node '" + node.name() + "' holds no diskful replica" + " of resource '" + definition.name()
                                    + "'.",
                            replica == null
                                    ? "The resource is not there."
                                    : "Its replica there is diskless and holds no data of its own.",
                            "Name only nodes with diskful replicas.");
                }
                named.put(Names.key(node.name()), replica);
            }
            replicas.addAll(named.values());
        }
        for (Resource replica : replicas) {
            if (!observed.isOnline(replica.nodeName())) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_CONNECTED,
                        "No active connection to satellite '" + replica.nodeName() + "'.",
                        "A snapshot is taken on all its nodes or on none; node '" + replica.nodeName() + "' is "
                                + observed.connectionStatus(replica.nodeName()) + ".",
                        "Wait until the node is online, or name the online nodes in 'nodes'.");
            }
        }
        return replicas;
    }

    /**
     * Deletes a snapshot, or only its parts on {@code nodeNames}; the definition goes with its last
     * node. WARN_NOT_FOUND when absent. Each satellite deletes its storage snapshots once the
     * change is committed; an offline node does so when it reconnects. Refused (FAIL_IN_USE, nothing
     * deleted) for a snapshot in a ZFS pool while resources restored from it exist on its node.
     */
    public CompletableFuture<List<ApiCallRc>> delete(
            String resourceName, String snapshotName, Collection<String> nodeNames) {
        CallContext ctx = SnapshotRules.context(RetCodes.MASK_DEL, resourceName, snapshotName);
        List<Snapshot> removed = new ArrayList<>();
        AtomicReference<SnapshotDefinition> removedDefinition = new AtomicReference<>();
        return writes.submit(desired -> {
                    removed.clear();
                    removedDefinition.set(null);
                    NameRules.resourceName(resourceName, ctx);
                    NameRules.snapshotName(snapshotName, ctx);
                    SnapshotDefinition definition = desired.snapshotDefinition(resourceName, snapshotName);
                    if (definition == null) {
                        return List.of(ctx.rc(
                                        RetCodes.WARN_NOT_FOUND,
                                        "Snapshot definition " + snapshotName + " of resource " + resourceName
                                                + " not found.")
                                .withDetails("Resource: " + resourceName + ", Snapshot: " + snapshotName));
                    }
                    List<Snapshot> all = List.copyOf(desired.snapshotsOf(definition.resourceName(), definition.name()));
                    List<Snapshot> doomed = new ArrayList<>();
                    if (nodeNames.isEmpty()) {
                        doomed.addAll(all);
                    } else {
                        for (String nodeName : nodeNames) {
                            NameRules.nodeName(nodeName, ctx);
                            Optional<Snapshot> onNode = all.stream()
                                    .filter(snapshot -> snapshot.nodeName().equalsIgnoreCase(nodeName))
                                    .findFirst();
                            if (onNode.isEmpty()) {
                                throw ctx.refuse(
                                        RetCodes.FAIL_NOT_FOUND_SNAPSHOT,
                                        "Snapshot '" + definition.name() + "' of resource '" + definition.resourceName()
                                                + "' on node '" + nodeName + "' not found.",
                                        "The snapshot was not taken on that node.",
                                        "Name only nodes of the snapshot.");
                            }
                            if (!doomed.contains(onNode.get())) {
                                doomed.add(onNode.get());
                            }
                        }
                    }
                    for (Snapshot snapshot : doomed) {
                        SnapshotRules.checkNoDependentRestores(desired, snapshot, ctx);
                    }
                    List<ApiCallRc> replies = new ArrayList<>();
                    for (Snapshot snapshot : doomed) {
                        desired.removeSnapshot(snapshot.key());
                        forgetRollback(desired, snapshot);
                        removed.add(snapshot);
                        if (!observed.isOnline(snapshot.nodeName())) {
                            replies.add(ctx.rc(
                                    RetCodes.WARN_NOT_CONNECTED,
                                    "Node '" + snapshot.nodeName() + "' is not connected; it deletes snapshot '"
                                            + definition.name() + "' when it reconnects."));
                        }
                    }
                    String of = "Snapshot '" + definition.name() + "' of resource '" + definition.resourceName() + "'";
                    replies.add(
                            0,
                            ctx.rc(
                                    RetCodes.DELETED,
                                    of + " on nodes '" + SnapshotRules.nodeList(doomed) + "' deleted."));
                    if (doomed.size() == all.size()) {
                        desired.removeSnapshotDefinition(definition.key());
                        removedDefinition.set(definition);
                        replies.add(ctx.rc(RetCodes.DELETED, of + " deleted.")
                                .withDetails(of + " UUID was: " + definition.uuid()));
                    }
                    return replies;
                })
                .thenApply(replies -> {
                    if (replies.stream().anyMatch(rc -> rc.hasCode(RetCodes.DELETED))) {
                        removed.forEach(snapshot -> observed.forgetSnapshot(
                                snapshot.nodeName(), snapshot.resourceName(), snapshot.snapshotName()));
                        if (removedDefinition.get() != null) {
                            coordinator.removed(
                                    removedDefinition.get().resourceName(),
                                    removedDefinition.get().name());
                        }
                    }
                    return replies;
                });
    }

    /**
     * Drops the replica's request to roll back to a snapshot that is deleted now: a satellite that
     * lost its record of the rollback must not look for the snapshot and keep the resource down.
     */
    private static void forgetRollback(DesiredState desired, Snapshot snapshot) {
        Resource replica = desired.resource(snapshot.resourceName(), snapshot.nodeName());
        String rollback = replica == null ? null : replica.props().get(SnapshotProps.ROLLBACK);
        if (rollback != null && rollback.startsWith(snapshot.snapshotName() + "/")) {
            Map<String, String> props = new HashMap<>(replica.props());
            props.remove(SnapshotProps.ROLLBACK);
            desired.putResource(new Resource(
                    replica.resourceName(),
                    replica.nodeName(),
                    replica.nodeId(),
                    props,
                    replica.flags(),
                    replica.uuid()));
        }
    }

    /** The snapshots of a resource definition; empty when it has none or does not exist. */
    public CompletableFuture<List<SnapshotView>> list(String resourceName) {
        return state.readAsync(desired -> desired.snapshotDefinitionsOf(resourceName).stream()
                .map(definition -> SnapshotRules.view(desired, observed, definition))
                .toList());
    }

    /** One snapshot of a resource definition, if it exists. */
    public CompletableFuture<Optional<SnapshotView>> get(String resourceName, String snapshotName) {
        return state.readAsync(desired -> Optional.ofNullable(desired.snapshotDefinition(resourceName, snapshotName))
                .map(definition -> SnapshotRules.view(desired, observed, definition)));
    }

    /**
     * Every snapshot, filtered by resource names and by node names (empty filters: all); with a
     * node filter a snapshot is listed when it was taken on one of the nodes.
     */
    public CompletableFuture<List<SnapshotView>> view(Collection<String> nodeNames, Collection<String> resourceNames) {
        Set<String> nodeKeys = nodeNames.stream().map(Names::key).collect(Collectors.toSet());
        Set<String> resourceKeys = resourceNames.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<SnapshotView> views = new ArrayList<>();
            for (SnapshotDefinition definition : desired.snapshotDefinitions().values()) {
                if (!resourceKeys.isEmpty() && !resourceKeys.contains(Names.key(definition.resourceName()))) {
                    continue;
                }
                if (!nodeKeys.isEmpty()
                        && desired.snapshotsOf(definition.resourceName(), definition.name()).stream()
                                .noneMatch(snapshot -> nodeKeys.contains(Names.key(snapshot.nodeName())))) {
                    continue;
                }
                views.add(SnapshotRules.view(desired, observed, definition));
            }
            return views;
        });
    }
}
