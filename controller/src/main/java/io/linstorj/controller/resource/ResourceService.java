package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/** Creates, modifies, deletes and lists resources (the replicas of resource definitions on nodes). */
public final class ResourceService {
    private static final Set<String> KNOWN_FLAGS =
            Set.of(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS, Resource.FLAG_TIE_BREAKER);

    private final WriteQueue writes;
    private final GuardedState state;
    private final ObservedState observed;
    private final ReplicaFactory replicas;
    private final StoragePoolResolver pools;
    private final ResourceDeletion deletion;

    /** Creates the service. */
    ResourceService(
            WriteQueue writes,
            GuardedState state,
            ObservedState observed,
            ReplicaFactory replicas,
            StoragePoolResolver pools,
            ResourceDeletion deletion) {
        this.deletion = deletion;
        this.writes = writes;
        this.state = state;
        this.observed = observed;
        this.replicas = replicas;
        this.pools = pools;
    }

    /**
     * Creates a resource on a node: picks its storage pool (given, else the StorPoolName chain,
     * else DfltStorPool; diskless replicas DfltDisklessStorPool), allocates a DRBD node id and
     * adds a volume per volume definition.
     */
    public CompletableFuture<List<ApiCallRc>> create(ResourceCreateRequest request) {
        CallContext ctx = context(RetCodes.MASK_CRT, request.resourceName(), request.nodeName());
        return writes.submit(desired -> {
            NameRules.resourceName(request.resourceName(), ctx);
            NameRules.nodeName(request.nodeName(), ctx);
            Set<String> flags = flags(request.flags(), ctx);
            PropertyRules.check(request.props(), ctx);
            Node node = node(desired, request.nodeName(), ctx);
            ResourceDefinition definition = ResourceDefinitionService.existing(desired, request.resourceName(), ctx);
            ResourceDeletion.refuseIfDeleting(definition, ctx);
            Resource present = desired.resource(definition.name(), node.name());
            if (present != null && present.isDeleting()) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_RSC,
                        "Resource '" + definition.name() + "' on node '" + node.name() + "' is still being deleted.",
                        "It is marked DELETE until the satellite of '" + node.name() + "' has taken it down.",
                        "Wait until it is gone, then create it again.");
            }
            if (present != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_RSC,
                        "Resource '" + definition.name() + "' already exists on node '" + node.name() + "'.",
                        "A node holds at most one replica of a resource.",
                        "Use the existing resource.");
            }
            Map<String, String> props = new HashMap<>(request.props());
            StoragePool pool = choosePool(desired, definition, node, request.storagePoolName(), props, flags, ctx);
            Resource resource = replicas.create(
                    desired,
                    new ReplicaSpec(definition.name(), node.name(), pool, flags, props),
                    ReplicaFactory.diskfulReplicas(desired, definition.name()),
                    ctx);
            return List.of(ctx.rc(
                            RetCodes.CREATED,
                            "Resource '" + definition.name() + "' on node '" + node.name() + "' created.")
                    .withDetails("Storage pool '" + pool.name() + "', DRBD node id " + resource.nodeId() + "."));
        });
    }

    /**
     * Changes the properties of a resource; FAIL_NOT_FOUND_RSC when the resource does not exist.
     * {@code StorPoolName} may only be set to the pool its volumes live in: moving them is
     * toggle-disk's job, and a property naming another pool would not say where the data is.
     */
    public CompletableFuture<List<ApiCallRc>> modify(String resourceName, String nodeName, PropsChange props) {
        CallContext ctx = context(RetCodes.MASK_MOD, resourceName, nodeName);
        return writes.submit(desired -> {
            NameRules.resourceName(resourceName, ctx);
            NameRules.nodeName(nodeName, ctx);
            Resource resource = desired.resource(resourceName, nodeName);
            if (resource == null) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_RSC,
                        "Resource '" + resourceName + "' on node '" + nodeName + "' not found.",
                        "The specified resource '" + resourceName + "' on node '" + nodeName
                                + "' could not be found in the database",
                        "Create a resource with the name '" + resourceName + "' on node '" + nodeName + "' first.");
            }
            ResourceDeletion.refuseIfDeleting(resource, ctx);
            PropertyRules.check(props.overrides(), ctx);
            Map<String, String> changed = props.applyTo(resource.props());
            checkPoolUnchanged(desired, resource, props, ctx);
            desired.putResource(new Resource(
                    resource.resourceName(),
                    resource.nodeName(),
                    resource.nodeId(),
                    changed,
                    resource.flags(),
                    resource.uuid()));
            return List.of(ctx.rc(
                            RetCodes.MODIFIED,
                            "Resource '" + resource.resourceName() + "' on node '" + resource.nodeName()
                                    + "' modified.")
                    .withDetails("Resource '" + resource.resourceName() + "' on node '" + resource.nodeName()
                            + "' UUID is: " + resource.uuid()));
        });
    }

    /**
     * Deletes a resource as LINSTOR does: marks it DELETE (one durable change); its satellite
     * takes DRBD down and deletes its volumes, and reports it gone, which removes the row
     * ({@link ResourceDeletion#confirmGone}). Until then it is listed with the flag DELETE and
     * keeps its node id; its peers stop connecting to it at once. A node whose satellite is
     * offline keeps it marked until it reconnects (the reply warns, WARN_NOT_CONNECTED) or is
     * declared lost; a node without a satellite loses it at once. WARN_NOT_FOUND when absent;
     * deleting it again while pending answers the same and changes nothing.
     */
    public CompletableFuture<List<ApiCallRc>> delete(String resourceName, String nodeName) {
        CallContext ctx = context(RetCodes.MASK_DEL, resourceName, nodeName);
        return writes.submit(desired -> {
            NameRules.resourceName(resourceName, ctx);
            NameRules.nodeName(nodeName, ctx);
            Resource resource = desired.resource(resourceName, nodeName);
            if (resource == null) {
                return List.of(ctx.rc(
                        RetCodes.WARN_NOT_FOUND,
                        "Resource '" + resourceName + "' not found on node '" + nodeName + "'."));
            }
            List<ApiCallRc> replies = new ArrayList<>();
            deletion.mark(desired, resource, false, ctx, replies);
            ResourceDeletion.finishDefinition(desired, resource.resourceName()).ifPresent(replies::add);
            return replies;
        });
    }

    /** Lists resources with their volumes; empty filters mean all. */
    public CompletableFuture<List<ResourceView>> list(Collection<String> nodeNames, Collection<String> resourceNames) {
        return listVolumes(nodeNames, resourceNames, Set.of());
    }

    /**
     * Lists resources with the volumes in the given storage pools (all when empty); with a pool
     * filter, resources without such volumes are left out.
     */
    public CompletableFuture<List<ResourceView>> listVolumes(
            Collection<String> nodeNames, Collection<String> resourceNames, Collection<String> poolNames) {
        ResourceListing listing = new ResourceListing(nodeNames, resourceNames, poolNames, observed);
        return state.readAsync(listing::list);
    }

    private static void checkPoolUnchanged(
            DesiredState desired, Resource resource, PropsChange props, CallContext ctx) {
        String wanted = props.overrides().get(PropertyRules.STORAGE_POOL_NAME);
        if (wanted == null) {
            return;
        }
        for (Volume volume : desired.volumesOf(resource.resourceName(), resource.nodeName())) {
            if (!volume.storagePoolName().equalsIgnoreCase(wanted)) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_PROP,
                        "The storage pool of resource '" + resource.resourceName() + "' on node '" + resource.nodeName()
                                + "' cannot be changed by its properties.",
                        "Volume " + volume.volumeNumber() + " lives in storage pool '" + volume.storagePoolName()
                                + "', not '" + wanted + "'.",
                        "Leave out '" + PropertyRules.STORAGE_POOL_NAME + "'; toggle the disk to move the volumes.");
            }
        }
    }

    private StoragePool choosePool(
            DesiredState desired,
            ResourceDefinition definition,
            Node node,
            String explicitPool,
            Map<String, String> props,
            Set<String> flags,
            CallContext ctx) {
        boolean diskless = flags.contains(Resource.FLAG_DISKLESS);
        if (!explicitPool.isEmpty()) {
            NameRules.storagePoolName(explicitPool, ctx);
            StoragePool pool = pools.named(desired, node, explicitPool, ctx);
            if (diskless && pool.providerKind() != ProviderKind.DISKLESS) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_REQUEST,
                        "A diskless resource cannot use storage pool '" + pool.name() + "' of kind "
                                + pool.providerKind() + ".",
                        "The resource was asked to be diskless.",
                        "Give a DISKLESS pool or none.");
            }
            props.put(PropertyRules.STORAGE_POOL_NAME, pool.name());
            return pool;
        }
        return pools.resolve(desired, definition.name(), node, props, diskless, ctx);
    }

    private static Node node(DesiredState desired, String nodeName, CallContext ctx) {
        Node node = desired.node(nodeName);
        if (node == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_NODE,
                    "Node '" + nodeName + "' not found.",
                    "Resources are created on registered nodes.",
                    "Register the node first.");
        }
        if (node.type() == NodeType.CONTROLLER) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NODE_TYPE,
                    "Node '" + node.name() + "' is a controller node.",
                    "Only satellite, combined and auxiliary nodes hold resources.",
                    "Choose another node.");
        }
        return node;
    }

    private static Set<String> flags(Set<String> requested, CallContext ctx) {
        Set<String> flags = new TreeSet<>();
        for (String flag : requested) {
            String normalised = flag.toUpperCase(Locale.ROOT);
            if (!KNOWN_FLAGS.contains(normalised)) {
                throw ctx.refuse(
                        RetCodes.FAIL_INVLD_REQUEST,
                        "Unknown resource flag '" + flag + "'.",
                        "A new resource may have the flags DISKLESS, DRBD_DISKLESS and TIE_BREAKER.",
                        "Leave out the unknown flag.");
            }
            flags.add(normalised);
        }
        if (!flags.isEmpty()) {
            // Every one of these flags makes a replica without local disk, as in LINSTOR.
            flags.add(Resource.FLAG_DISKLESS);
            flags.add(Resource.FLAG_DRBD_DISKLESS);
        }
        return flags;
    }

    private static CallContext context(long operation, String resourceName, String nodeName) {
        return CallContext.of(operation, RetCodes.MASK_RSC)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_NODE, nodeName);
    }

    static Set<String> keys(Collection<String> names) {
        Set<String> keys = new TreeSet<>();
        names.forEach(name -> keys.add(Names.key(name)));
        return keys;
    }
}
