package io.linstorj.controller.storage;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
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

/** Creates, modifies, deletes and lists storage pool definitions. */
public final class StoragePoolDefinitionService {
    private final WriteQueue writes;
    private final GuardedState state;

    /** Creates the service. */
    public StoragePoolDefinitionService(WriteQueue writes, GuardedState state) {
        this.writes = writes;
        this.state = state;
    }

    /** Creates a storage pool definition. */
    public CompletableFuture<List<ApiCallRc>> create(String name, Map<String, String> props) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_STOR_POOL_DFN)
                .ref(ApiCallRc.REF_STORAGE_POOL_DEFINITION, name);
        return writes.submit(desired -> {
            NameRules.storagePoolName(name, ctx);
            PropertyRules.check(props, ctx);
            if (desired.storagePoolDefinition(name) != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_STOR_POOL_DFN,
                        "Storage pool definition '" + name + "' already exists.",
                        "A storage pool definition of that name (ignoring case) exists.",
                        "Use the existing definition.");
            }
            StoragePoolDefinition definition = new StoragePoolDefinition(name, props, UUID.randomUUID());
            desired.putStoragePoolDefinition(definition);
            return List.of(ctx.rc(RetCodes.CREATED, "Storage pool definition '" + name + "' created.")
                    .withDetails("Storage pool definition '" + name + "' UUID is: " + definition.uuid()));
        });
    }

    /**
     * Changes the properties of a storage pool definition (the pools of its name inherit them,
     * {@code MaxOversubscriptionRatio} for instance); FAIL_NOT_FOUND_STOR_POOL_DFN when it does
     * not exist.
     */
    public CompletableFuture<List<ApiCallRc>> modify(String name, PropsChange props) {
        CallContext ctx = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_STOR_POOL_DFN)
                .ref(ApiCallRc.REF_STORAGE_POOL_DEFINITION, name);
        return writes.submit(desired -> {
            NameRules.storagePoolName(name, ctx);
            StoragePoolDefinition definition = desired.storagePoolDefinition(name);
            if (definition == null) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_STOR_POOL_DFN,
                        "Storage pool definition '" + name + "' not found.",
                        "No storage pool definition of that name exists.",
                        "Create the storage pool definition first or check the name.");
            }
            PropertyRules.check(props.overrides(), ctx);
            desired.putStoragePoolDefinition(
                    new StoragePoolDefinition(definition.name(), props.applyTo(definition.props()), definition.uuid()));
            return List.of(ctx.rc(RetCodes.MODIFIED, "Storage pool definition '" + definition.name() + "' modified.")
                    .withDetails("Storage pool definition '" + definition.name() + "' UUID is: " + definition.uuid()));
        });
    }

    /** Deletes a storage pool definition; refused with FAIL_IN_USE while pools of that name exist. */
    public CompletableFuture<List<ApiCallRc>> delete(String name) {
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_STOR_POOL_DFN)
                .ref(ApiCallRc.REF_STORAGE_POOL_DEFINITION, name);
        return writes.submit(desired -> {
            NameRules.storagePoolName(name, ctx);
            StoragePoolDefinition definition = desired.storagePoolDefinition(name);
            if (definition == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Storage pool definition '" + name + "' not found."));
            }
            List<String> nodes = desired.storagePools().values().stream()
                    .filter(pool -> pool.name().equalsIgnoreCase(name))
                    .map(StoragePool::nodeName)
                    .toList();
            if (!nodes.isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Storage pool definition '" + definition.name() + "' is still in use.",
                        "Storage pools of that name exist on nodes: " + String.join(", ", nodes) + ".",
                        "Delete the storage pools first.");
            }
            desired.removeStoragePoolDefinition(name);
            return List.of(ctx.rc(RetCodes.DELETED, "Storage pool definition '" + definition.name() + "' deleted."));
        });
    }

    /** Lists the definitions named in {@code names} (all when empty). */
    public CompletableFuture<List<StoragePoolDefinition>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<StoragePoolDefinition> definitions = new ArrayList<>();
            for (StoragePoolDefinition definition :
                    desired.storagePoolDefinitions().values()) {
                if (keys.isEmpty() || keys.contains(Names.key(definition.name()))) {
                    definitions.add(definition);
                }
            }
            return definitions;
        });
    }
}
