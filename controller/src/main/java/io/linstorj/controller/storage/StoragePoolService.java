package io.linstorj.controller.storage;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Creates, modifies, deletes and lists the storage pools of nodes. The storage a pool names is
 * checked by the rules of its tools ({@link ProviderPoolRules}) and against the node's other pools
 * and the pool's volumes ({@link PoolConflicts}) before anything is stored.
 */
public final class StoragePoolService {
    private final WriteQueue writes;
    private final GuardedState state;
    private final ObservedState observed;

    /** Creates the service. */
    public StoragePoolService(WriteQueue writes, GuardedState state, ObservedState observed) {
        this.writes = writes;
        this.state = state;
        this.observed = observed;
    }

    /** Creates a storage pool on a node, and its definition if missing (as LINSTOR does). */
    public CompletableFuture<List<ApiCallRc>> create(StoragePoolCreateRequest request) {
        CallContext ctx = context(RetCodes.MASK_CRT, request.nodeName(), request.poolName());
        return writes.submit(desired -> {
            NameRules.nodeName(request.nodeName(), ctx);
            NameRules.storagePoolName(request.poolName(), ctx);
            ProviderKind kind = ProviderKind.parse(request.providerKind())
                    .orElseThrow(() -> ctx.refuse(
                            RetCodes.FAIL_INVLD_STOR_DRIVER,
                            "Invalid storage provider kind '" + request.providerKind() + "'.",
                            "Known kinds: DISKLESS, LVM, LVM_THIN, ZFS, ZFS_THIN, FILE, FILE_THIN.",
                            "Use one of the known kinds."));
            PropertyRules.check(request.props(), ctx);
            ProviderPoolRules.check(kind, request.props(), ctx);
            Node node = desired.node(request.nodeName());
            if (node == null) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_NODE,
                        "Node '" + request.nodeName() + "' not found.",
                        "Storage pools are created on registered nodes.",
                        "Register the node first.");
            }
            if (desired.storagePool(node.name(), request.poolName()) != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_STOR_POOL,
                        "Storage pool '" + request.poolName() + "' already exists on node '" + node.name() + "'.",
                        "Pool names are unique per node (ignoring case).",
                        "Use the existing pool or another name.");
            }
            StoragePoolDefinition definition = desired.storagePoolDefinition(request.poolName());
            String poolName = definition == null ? request.poolName() : definition.name();
            StoragePool pool = new StoragePool(node.name(), poolName, kind, request.props(), UUID.randomUUID());
            PoolConflicts.checkDirectoryOverlap(desired, pool, ctx);
            if (definition == null) {
                definition = new StoragePoolDefinition(request.poolName(), Map.of(), UUID.randomUUID());
                desired.putStoragePoolDefinition(definition);
            }
            desired.putStoragePool(pool);
            return List.of(ctx.rc(
                            RetCodes.CREATED,
                            "Storage pool '" + pool.name() + "' on node '" + node.name() + "' created.")
                    .withDetails("Storage pool '" + pool.name() + "' UUID is: " + pool.uuid()));
        });
    }

    /** Changes the properties of a storage pool. */
    public CompletableFuture<List<ApiCallRc>> modify(String nodeName, String poolName, PropsChange props) {
        CallContext ctx = context(RetCodes.MASK_MOD, nodeName, poolName);
        return writes.submit(desired -> {
            StoragePool pool = existing(desired, nodeName, poolName, ctx);
            PropertyRules.check(props.overrides(), ctx);
            StoragePool changed = pool.withProps(props.applyTo(pool.props()));
            // Only a change of the storage is checked again: a pool stored before these rules keeps
            // taking other property changes.
            if (PoolConflicts.checkIdentityChange(desired, pool, changed.props(), ctx)) {
                ProviderPoolRules.check(pool.providerKind(), changed.props(), ctx);
                PoolConflicts.checkDirectoryOverlap(desired, changed, ctx);
            }
            desired.putStoragePool(changed);
            return List.of(ctx.rc(
                    RetCodes.MODIFIED,
                    "Storage pool '" + pool.name() + "' on node '" + pool.nodeName() + "' modified."));
        });
    }

    /** Deletes a storage pool; refused with FAIL_IN_USE while volumes use it. */
    public CompletableFuture<List<ApiCallRc>> delete(String nodeName, String poolName) {
        CallContext ctx = context(RetCodes.MASK_DEL, nodeName, poolName);
        return writes.submit(desired -> {
            NameRules.nodeName(nodeName, ctx);
            NameRules.storagePoolName(poolName, ctx);
            StoragePool pool = desired.storagePool(nodeName, poolName);
            if (pool == null) {
                return List.of(ctx.rc(
                        RetCodes.WARN_NOT_FOUND,
                        "Storage pool '" + poolName + "' not found on node '" + nodeName + "'."));
            }
            Set<String> users = PoolConflicts.resourcesUsing(desired, pool);
            if (!users.isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Storage pool '" + pool.name() + "' on node '" + pool.nodeName() + "' is still in use.",
                        "Volumes of these resources use it: " + String.join(", ", users) + ".",
                        "Delete the resources on the node first.");
            }
            desired.removeStoragePool(pool.nodeName(), pool.name());
            return List.of(ctx.rc(
                    RetCodes.DELETED, "Storage pool '" + pool.name() + "' on node '" + pool.nodeName() + "' deleted."));
        });
    }

    /** Lists pools on the nodes and with the names given (all when a list is empty), with observed capacity. */
    public CompletableFuture<List<StoragePoolView>> list(Collection<String> nodeNames, Collection<String> poolNames) {
        Set<String> nodeKeys = nodeNames.stream().map(Names::key).collect(Collectors.toSet());
        Set<String> poolKeys = poolNames.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<StoragePoolView> views = new ArrayList<>();
            for (StoragePool pool : desired.storagePools().values()) {
                if ((nodeKeys.isEmpty() || nodeKeys.contains(pool.key().nodeKey()))
                        && (poolKeys.isEmpty() || poolKeys.contains(pool.key().poolKey()))) {
                    views.add(new StoragePoolView(pool, observed.storagePool(pool.nodeName(), pool.name())));
                }
            }
            return views;
        });
    }

    private static StoragePool existing(DesiredState desired, String nodeName, String poolName, CallContext ctx) {
        NameRules.nodeName(nodeName, ctx);
        NameRules.storagePoolName(poolName, ctx);
        StoragePool pool = desired.storagePool(nodeName, poolName);
        if (pool == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_STOR_POOL,
                    "Storage pool '" + poolName + "' not found on node '" + nodeName + "'.",
                    "The node has no storage pool of that name.",
                    "Check the names or create the pool.");
        }
        return pool;
    }

    private static CallContext context(long operation, String nodeName, String poolName) {
        return CallContext.of(operation, RetCodes.MASK_STOR_POOL)
                .ref(ApiCallRc.REF_NODE, nodeName)
                .ref(ApiCallRc.REF_STORAGE_POOL, poolName);
    }
}
