package io.linstorj.controller.snapshot;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.SnapshotKey;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.resource.ReplicaFactory;
import io.linstorj.controller.resource.ReplicaSpec;
import io.linstorj.controller.resource.ResourceDefinitionFactory;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Restores snapshots into other resource definitions and rolls resources back to them. Both only
 * change the desired state: a restored volume carries the snapshot it starts from, a rolled-back
 * replica a rollback id; the satellites copy the data.
 */
public final class SnapshotRestoreService {
    private final WriteQueue writes;
    private final ObservedState observed;
    private final ResourceDefinitionFactory definitions;
    private final ReplicaFactory replicas;

    /** Creates the service over the resource services' creation steps. */
    public SnapshotRestoreService(
            WriteQueue writes, ObservedState observed, ResourceDefinitionFactory definitions, ReplicaFactory replicas) {
        this.writes = writes;
        this.observed = observed;
        this.definitions = definitions;
        this.replicas = replicas;
    }

    /**
     * Gives the (existing, empty) resource definition {@code toResource} the volume definitions of
     * the snapshot, with its sizes.
     */
    public CompletableFuture<List<ApiCallRc>> restoreVolumeDefinitions(SnapshotRestoreRequest request) {
        CallContext ctx = SnapshotRules.context(RetCodes.MASK_CRT, request.resourceName(), request.snapshotName());
        return writes.submit(desired -> {
            SnapshotDefinition snapshot =
                    SnapshotRules.existing(desired, request.resourceName(), request.snapshotName(), ctx);
            ResourceDefinition target = target(desired, request.toResource(), ctx);
            if (!desired.volumeDefinitionsOf(target.name()).isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_VLM_DFN,
                        "Resource definition '" + target.name() + "' already has volume definitions.",
                        "The snapshot's volume definitions are restored into" + " an empty resource definition.",
                        "Restore into a new resource definition.");
            }
            List<ApiCallRc> replies = new ArrayList<>();
            replies.add(ctx.rc(
                    RetCodes.CREATED,
                    "Volume definitions of resource definition '" + target.name() + "' restored from resource '"
                            + snapshot.resourceName() + "', snapshot '" + snapshot.name() + "'."));
            replies.addAll(createVolumeDefinitions(desired, snapshot, target));
            return replies;
        });
    }

    /**
     * Creates replicas of the (existing) resource definition {@code toResource} on the snapshot's
     * nodes (or those named), each volume starting from the snapshot's content; missing volume
     * definitions are created with the snapshot's sizes. All replicas start UpToDate without a
     * sync, as they start from the same point in time.
     */
    public CompletableFuture<List<ApiCallRc>> restoreResource(SnapshotRestoreRequest request) {
        CallContext ctx = SnapshotRules.context(RetCodes.MASK_CRT, request.resourceName(), request.snapshotName());
        return writes.submit(desired -> {
            SnapshotDefinition snapshot =
                    SnapshotRules.existing(desired, request.resourceName(), request.snapshotName(), ctx);
            ResourceDefinition target = target(desired, request.toResource(), ctx);
            if (!desired.resourcesOf(target.name()).isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_RSC,
                        "Resource definition '" + target.name() + "' already has resources.",
                        "A snapshot is restored into a resource definition without" + " replicas.",
                        "Restore into a new resource definition.");
            }
            List<Snapshot> sources = sources(desired, snapshot, request.nodeNames(), ctx);
            checkVolumeDefinitions(desired, snapshot, target, ctx);
            List<ApiCallRc> replies = new ArrayList<>();
            List<ApiCallRc> volumeReplies = createVolumeDefinitions(desired, snapshot, target);
            List<String> uuids = new ArrayList<>();
            for (Snapshot source : sources) {
                StoragePool firstPool =
                        pool(desired, source, source.volumePools().firstKey(), ctx);
                Resource replica = replicas.create(
                        desired,
                        new ReplicaSpec(target.name(), source.nodeName(), firstPool, Set.of(), Map.of()),
                        0,
                        ctx);
                for (Volume volume : List.copyOf(desired.volumesOf(target.name(), replica.nodeName()))) {
                    StoragePool pool = pool(desired, source, volume.volumeNumber(), ctx);
                    Map<String, String> props = new HashMap<>(volume.props());
                    props.put(
                            SnapshotProps.RESTORE_FROM,
                            SnapshotProps.restoreFrom(snapshot.resourceName(), snapshot.name()));
                    desired.putVolume(new Volume(
                            volume.resourceName(),
                            volume.nodeName(),
                            volume.volumeNumber(),
                            pool.name(),
                            props,
                            volume.uuid()));
                }
                uuids.add(replica.uuid().toString());
            }
            String on = request.nodeNames().isEmpty() ? "" : " on nodes '" + SnapshotRules.nodeList(sources) + "'";
            replies.add(CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_RSC)
                    .ref(ApiCallRc.REF_RESOURCE_DEFINITION, target.name())
                    .rc(
                            RetCodes.CREATED,
                            "Resource '" + target.name() + "'" + on + " restored from resource '"
                                    + snapshot.resourceName() + "', snapshot '" + snapshot.name() + "'.")
                    .withDetails("Resource UUIDs: " + String.join(", ", uuids)));
            replies.addAll(volumeReplies);
            return replies;
        });
    }

    /**
     * Rolls every diskful replica of the resource back to the snapshot: each satellite takes DRBD
     * down, puts the snapshot's content back into the volumes and brings DRBD up again. Refused
     * unless the snapshot was taken on every diskful replica, every such node is online and the
     * resource is not in use.
     */
    public CompletableFuture<List<ApiCallRc>> rollback(String resourceName, String snapshotName) {
        CallContext ctx = SnapshotRules.context(RetCodes.MASK_MOD, resourceName, snapshotName);
        return writes.submit(desired -> {
            SnapshotDefinition snapshot = SnapshotRules.existing(desired, resourceName, snapshotName, ctx);
            String rollbackId = UUID.randomUUID().toString();
            List<Resource> diskful = desired.resourcesOf(snapshot.resourceName()).stream()
                    .filter(replica -> !replica.isDiskless())
                    .toList();
            if (diskful.isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_RSC,
                        "Resource '" + snapshot.resourceName() + "' has no diskful replica to roll back.",
                        "Its replicas were deleted.",
                        "Restore the snapshot into a resource instead.");
            }
            for (VolumeDefinition volume : desired.volumeDefinitionsOf(snapshot.resourceName())) {
                if (!snapshot.volumeSizesKib().containsKey(volume.volumeNumber())) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_FOUND_SNAPSHOT_VLM_DFN,
                            "Snapshot '" + snapshot.name()
                                    + "' holds no copy of volume " + volume.volumeNumber() + " of resource '"
                                    + snapshot.resourceName() + "'.",
                            "The volume was created after the snapshot.",
                            "Delete the volume definition first, or restore the snapshot into a new resource.");
                }
            }
            for (Resource replica : diskful) {
                Snapshot onNode = desired.snapshots()
                        .get(SnapshotKey.of(snapshot.resourceName(), snapshot.name(), replica.nodeName()));
                if (onNode == null) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_FOUND_SNAPSHOT,
                            "Snapshot '" + snapshot.name()
                                    + "' of resource '" + snapshot.resourceName() + "' on node '" + replica.nodeName()
                                    + "' not found.",
                            "A rollback puts every diskful replica back; this one has no snapshot.",
                            "Delete the replica on node '" + replica.nodeName() + "' first, or restore the snapshot"
                                    + " into a new resource.");
                }
                checkTaken(onNode, snapshot, ctx);
                if (!observed.isOnline(replica.nodeName())) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_CONNECTED,
                            "No active connection to satellite '" + replica.nodeName() + "'.",
                            "A rollback is done on every diskful replica or on none.",
                            "Wait until the node is online.");
                }
                boolean inUse = observed.resource(replica.nodeName(), replica.resourceName())
                        .map(observation -> observation.inUse())
                        .orElse(false);
                if (inUse) {
                    throw ctx.refuse(
                            RetCodes.FAIL_IN_USE,
                            "Resource '" + replica.resourceName() + "' is in use on node '" + replica.nodeName() + "'.",
                            "A rollback takes DRBD down on every diskful replica.",
                            "Stop using the resource first.");
                }
            }
            for (Resource replica : diskful) {
                Map<String, String> props = new HashMap<>(replica.props());
                props.put(SnapshotProps.ROLLBACK, SnapshotProps.rollback(snapshot.name(), rollbackId));
                desired.putResource(new Resource(
                        replica.resourceName(),
                        replica.nodeName(),
                        replica.nodeId(),
                        props,
                        replica.flags(),
                        replica.uuid()));
            }
            return List.of(ctx.rc(
                            RetCodes.MODIFIED,
                            "Resource '" + snapshot.resourceName() + "' rolled back to snapshot '" + snapshot.name()
                                    + "'.")
                    .withDetails("Rollback " + rollbackId + " on nodes '"
                            + String.join(
                                    ", ",
                                    diskful.stream().map(Resource::nodeName).toList())
                            + "': each satellite takes DRBD down, puts"
                            + " the snapshot back and brings DRBD up again."));
        });
    }

    private static ResourceDefinition target(DesiredState desired, String toResource, CallContext ctx) {
        if (toResource == null || toResource.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_RSC_NAME,
                    "No resource to restore into.",
                    "'to_resource' is required.",
                    "Name an existing resource definition in 'to_resource'.");
        }
        return SnapshotRules.resourceDefinition(desired, toResource, ctx);
    }

    private List<ApiCallRc> createVolumeDefinitions(
            DesiredState desired, SnapshotDefinition snapshot, ResourceDefinition target) {
        List<ApiCallRc> replies = new ArrayList<>();
        for (Map.Entry<Integer, Long> volume : snapshot.volumeSizesKib().entrySet()) {
            if (desired.volumeDefinitions().get(VolumeDefinitionKey.of(target.name(), volume.getKey())) == null) {
                replies.add(definitions.createVolumeDefinition(
                        desired,
                        target,
                        new VolumeDefinitionRequest(volume.getKey(), volume.getValue(), null, Map.of())));
            }
        }
        return replies;
    }

    private static void checkVolumeDefinitions(
            DesiredState desired, SnapshotDefinition snapshot, ResourceDefinition target, CallContext ctx) {
        for (VolumeDefinition volume : desired.volumeDefinitionsOf(target.name())) {
            Long size = snapshot.volumeSizesKib().get(volume.volumeNumber());
            if (size == null || volume.sizeKib() < size) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_VLM_SIZE,
                        "Volume definition " + volume.volumeNumber() + " of resource definition '" + target.name()
                                + "' does not fit snapshot '" + snapshot.name() + "'.",
                        size == null
                                ? "The snapshot has no such volume."
                                : "It is smaller (" + volume.sizeKib() + " KiB) than the snapshot's volume (" + size
                                        + " KiB).",
                        "Restore into a resource definition without volume definitions.");
            }
        }
    }

    private List<Snapshot> sources(
            DesiredState desired, SnapshotDefinition snapshot, List<String> nodeNames, CallContext ctx) {
        List<Snapshot> all = List.copyOf(desired.snapshotsOf(snapshot.resourceName(), snapshot.name()));
        List<Snapshot> sources = new ArrayList<>();
        if (nodeNames.isEmpty()) {
            sources.addAll(all);
        } else {
            for (String nodeName : nodeNames) {
                NameRules.nodeName(nodeName, ctx);
                Optional<Snapshot> onNode = all.stream()
                        .filter(candidate -> candidate.nodeName().equalsIgnoreCase(nodeName))
                        .findFirst();
                if (onNode.isEmpty()) {
                    throw ctx.refuse(
                            RetCodes.FAIL_NOT_FOUND_SNAPSHOT,
                            "Snapshot '" + snapshot.name() + "' of resource '" + snapshot.resourceName() + "' on node '"
                                    + nodeName + "' not found.",
                            "The snapshot was not taken on that node.",
                            "Restore on nodes of the snapshot.");
                }
                if (!sources.contains(onNode.get())) {
                    sources.add(onNode.get());
                }
            }
        }
        for (Snapshot source : sources) {
            checkTaken(source, snapshot, ctx);
        }
        return sources;
    }

    private void checkTaken(Snapshot onNode, SnapshotDefinition snapshot, CallContext ctx) {
        if (!snapshot.successful()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "Snapshot '" + snapshot.name() + "' of resource '" + snapshot.resourceName()
                            + "' is not SUCCESSFUL.",
                    snapshot.failed()
                            ? "It could not be taken: "
                                    + snapshot.props().getOrDefault(SnapshotProps.FAILURE, "unknown reason")
                            : "It is still being taken.",
                    snapshot.failed()
                            ? "Delete it and take another one."
                            : "Wait until the snapshot shows SUCCESSFUL.");
        }
        SnapshotNodeView view = new SnapshotNodeView(
                onNode, observed.snapshot(onNode.nodeName(), onNode.resourceName(), onNode.snapshotName()), Map.of());
        if (!view.taken()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "Snapshot '" + snapshot.name() + "' of resource '" + snapshot.resourceName()
                            + "' is not taken on node '" + onNode.nodeName() + "'.",
                    view.failed()
                            ? "The node could not take it: "
                                    + view.observation()
                                            .orElseThrow()
                                            .reports()
                                            .get(0)
                                            .message()
                            : "The node has not reported it yet.",
                    "Wait until the snapshot shows SUCCESSFUL, or take another one.");
        }
    }

    private static StoragePool pool(DesiredState desired, Snapshot source, int volumeNumber, CallContext ctx) {
        String name = source.volumePools().get(volumeNumber);
        StoragePool pool = name == null ? null : desired.storagePool(source.nodeName(), name);
        if (pool == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_STOR_POOL,
                    "Storage pool '" + name + "' of snapshot '" + source.snapshotName() + "' on node '"
                            + source.nodeName() + "' not found.",
                    "The pool that holds the snapshot was deleted.",
                    "Restore on another node of the snapshot.");
        }
        return pool;
    }
}
