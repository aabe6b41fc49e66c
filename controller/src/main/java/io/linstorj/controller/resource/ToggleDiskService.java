package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeKey;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.storage.NodePools;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Turns an existing replica diskful or diskless (LINSTOR's toggle disk). The replica keeps its
 * DRBD node id; its flags and the pool of its volumes change, and the satellite converges.
 */
public final class ToggleDiskService {
    private final WriteQueue writes;
    private final StoragePoolResolver pools;
    private final PoolMeasurement measurement;

    ToggleDiskService(WriteQueue writes, StoragePoolResolver pools, PoolMeasurement measurement) {
        this.writes = writes;
        this.pools = pools;
        this.measurement = measurement;
    }

    /**
     * Makes the replica of {@code resourceName} on {@code nodeName} diskless or diskful, in
     * {@code storagePoolName} (empty: the pool chain of resource create; for diskless a named
     * pool must be diskless, for diskful it must store data).
     *
     * <p>Diskful: the pool must have room for all volumes when its capacity is known; the replica
     * syncs from a diskful peer if there is one, else starts without an initial sync. Diskless:
     * refused while the replica holds the resource's last data that diskless peers read. Already
     * so: a warning, nothing changes.
     */
    public CompletableFuture<List<ApiCallRc>> toggle(
            String resourceName, String nodeName, boolean diskless, String storagePoolName) {
        CallContext ctx = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_RSC)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_NODE, nodeName);
        String poolName = storagePoolName == null ? "" : storagePoolName;
        return writes.submit(desired -> {
            Resource replica = existing(desired, resourceName, nodeName, ctx);
            ResourceDeletion.refuseIfDeleting(replica, ctx);
            if (diskless) {
                return toDiskless(desired, replica, poolName, ctx);
            }
            return toDiskful(desired, replica, poolName, ctx);
        });
    }

    private List<ApiCallRc> toDiskful(DesiredState desired, Resource replica, String poolName, CallContext ctx) {
        String name = describe(replica);
        if (!replica.isDiskless()) {
            return List.of(ctx.rc(RetCodes.WARN_RSC_ALREADY_HAS_DISK, name + " already has a disk."));
        }
        Node node = desired.node(replica.nodeName());
        Map<String, String> props = new HashMap<>(replica.props());
        StoragePool pool = diskfulPool(desired, replica, node, poolName, props, ctx);
        checkRoom(desired, replica, node, pool, ctx);
        props.put(
                InitialSyncRule.PROP,
                InitialSyncRule.decide(ReplicaFactory.diskfulReplicas(desired, replica.resourceName())));
        Set<String> flags = new TreeSet<>(replica.flags());
        flags.removeAll(Set.of(Resource.FLAG_DISKLESS, Resource.FLAG_DRBD_DISKLESS, Resource.FLAG_TIE_BREAKER));
        replace(desired, replica, props, flags, pool);
        return List.of(ctx.rc(RetCodes.MODIFIED, name + " is now diskful.")
                .withDetails(
                        "Storage pool '" + pool.name() + "'; initial sync: " + props.get(InitialSyncRule.PROP) + "."));
    }

    private List<ApiCallRc> toDiskless(DesiredState desired, Resource replica, String poolName, CallContext ctx) {
        String name = describe(replica);
        if (replica.isDiskless()) {
            return List.of(ctx.rc(RetCodes.WARN_RSC_ALREADY_DISKLESS, name + " is already diskless."));
        }
        List<Resource> replicas = List.copyOf(desired.resourcesOf(replica.resourceName()));
        boolean lastData = ReplicaFactory.diskfulReplicas(desired, replica.resourceName()) == 1;
        if (lastData && replicas.size() > 1) {
            throw ctx.refuse(
                    RetCodes.FAIL_INSUFFICIENT_REPLICA_COUNT,
                    name + " holds the last copy of the data; it cannot become diskless.",
                    "It is the only diskful replica, and the diskless replicas on other nodes read their data from it.",
                    "Make another replica diskful first (toggle disk or autoplace), or delete the diskless replicas.");
        }
        Node node = desired.node(replica.nodeName());
        Map<String, String> props = new HashMap<>(replica.props());
        props.remove(InitialSyncRule.PROP);
        StoragePool pool = poolName.isEmpty()
                ? pools.resolve(desired, replica.resourceName(), node, props, true, ctx)
                : disklessPool(node, desired, poolName, props, ctx);
        Set<String> flags = new TreeSet<>(replica.flags());
        flags.add(Resource.FLAG_DISKLESS);
        flags.add(Resource.FLAG_DRBD_DISKLESS);
        replace(desired, replica, props, flags, pool);
        return List.of(ctx.rc(RetCodes.MODIFIED, name + " is now diskless.")
                .withDetails("Its volumes use storage pool '" + pool.name()
                        + "'; the satellite removes the backing storage."));
    }

    /**
     * The given pool (it must be diskful), else the chain of resource create; a StorPoolName of
     * the replica that names a diskless pool is dropped from {@code props}, as it no longer fits.
     */
    private StoragePool diskfulPool(
            DesiredState desired,
            Resource replica,
            Node node,
            String poolName,
            Map<String, String> props,
            CallContext ctx) {
        String own = props.get(PropertyRules.STORAGE_POOL_NAME);
        if (own != null) {
            StoragePool ownPool = desired.storagePool(node.name(), own);
            if (ownPool != null && ownPool.providerKind() == ProviderKind.DISKLESS) {
                props.remove(PropertyRules.STORAGE_POOL_NAME);
            }
        }
        if (poolName.isEmpty()) {
            return pools.resolve(desired, replica.resourceName(), node, props, false, ctx);
        }
        NameRules.storagePoolName(poolName, ctx);
        StoragePool pool = pools.named(desired, node, poolName, ctx);
        if (pool.providerKind() == ProviderKind.DISKLESS) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "Storage pool '" + pool.name() + "' on node '" + node.name()
                            + "' is diskless; it cannot hold a disk.",
                    "A diskful replica needs a pool that stores data.",
                    "Give a diskful storage pool or none.");
        }
        props.put(PropertyRules.STORAGE_POOL_NAME, pool.name());
        return pool;
    }

    /** The named pool for a diskless replica: it must be diskless; it becomes the replica's StorPoolName. */
    private StoragePool disklessPool(
            Node node, DesiredState desired, String poolName, Map<String, String> props, CallContext ctx) {
        NameRules.storagePoolName(poolName, ctx);
        StoragePool pool = pools.named(desired, node, poolName, ctx);
        if (pool.providerKind() != ProviderKind.DISKLESS) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "Storage pool '" + pool.name() + "' on node '" + node.name()
                            + "' stores data; a diskless replica cannot use it.",
                    "A diskless replica needs a diskless pool.",
                    "Give a diskless storage pool or none.");
        }
        props.put(PropertyRules.STORAGE_POOL_NAME, pool.name());
        return pool;
    }

    private void checkRoom(DesiredState desired, Resource replica, Node node, StoragePool pool, CallContext ctx) {
        long required = 0;
        for (VolumeDefinition definition : desired.volumeDefinitionsOf(replica.resourceName())) {
            required += definition.sizeKib();
        }
        NodePools measured = measurement.measure(desired, node);
        long requiredKib = required;
        Optional<String> shortfall = measured.pool(pool.name())
                .flatMap(candidate -> candidate.shortfall(requiredKib, measured.provisionedKib(pool.name())));
        if (shortfall.isPresent()) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_ENOUGH_FREE_SPACE,
                    describe(replica) + " cannot get a disk in storage pool '" + pool.name() + "': " + shortfall.get()
                            + ".",
                    "The pool's last reported capacity leaves no room for all volumes of the resource.",
                    "Free space in the pool, give another storage pool, or grow the pool.");
        }
    }

    private static void replace(
            DesiredState desired, Resource replica, Map<String, String> props, Set<String> flags, StoragePool pool) {
        desired.putResource(new Resource(
                replica.resourceName(), replica.nodeName(), replica.nodeId(), props, flags, replica.uuid()));
        for (VolumeDefinition definition : List.copyOf(desired.volumeDefinitionsOf(replica.resourceName()))) {
            VolumeKey key = VolumeKey.of(replica.resourceName(), replica.nodeName(), definition.volumeNumber());
            Volume old = desired.volumes().get(key);
            desired.putVolume(new Volume(
                    replica.resourceName(),
                    replica.nodeName(),
                    definition.volumeNumber(),
                    pool.name(),
                    old == null ? Map.of() : old.props(),
                    old == null ? UUID.randomUUID() : old.uuid()));
        }
    }

    private static Resource existing(DesiredState desired, String resourceName, String nodeName, CallContext ctx) {
        NameRules.resourceName(resourceName, ctx);
        NameRules.nodeName(nodeName, ctx);
        Resource replica = desired.resource(resourceName, nodeName);
        if (replica == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_RSC,
                    "Resource '" + resourceName + "' not found on node '" + nodeName + "'.",
                    "Toggle disk changes an existing replica.",
                    "Create the resource on the node first.");
        }
        return replica;
    }

    private static String describe(Resource replica) {
        return "Resource '" + replica.resourceName() + "' on node '" + replica.nodeName() + "'";
    }
}
