package io.linstorj.controller.kv;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.KeyValueStore;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.protocol.RetCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Modifies, deletes and lists key-value stores; a store is created by the first modify that sets
 * keys. Values and stores are bounded in size ({@link KeyValueStoreLimits}).
 */
public final class KeyValueStoreService {
    private final WriteQueue writes;
    private final GuardedState state;

    /** Creates the service. */
    public KeyValueStoreService(WriteQueue writes, GuardedState state) {
        this.writes = writes;
        this.state = state;
    }

    /** Sets and deletes keys of a store, creating it when the change sets keys and it does not exist. */
    public CompletableFuture<List<ApiCallRc>> modify(String name, PropsChange change) {
        CallContext ctx = context(RetCodes.MASK_MOD, name);
        return writes.submit(desired -> {
            NameRules.keyValueStoreName(name, ctx);
            KeyValueStore store = desired.keyValueStores().get(Names.key(name));
            if (store == null && change.overrides().isEmpty()) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Key-value store '" + name + "' not found."));
            }
            change.overrides().forEach((key, value) -> PropertyRules.checkEntry(key, value, ctx));
            String storeName = store == null ? name : store.name();
            KeyValueStoreLimits.checkValues(storeName, change.overrides(), ctx);
            Map<String, String> before = store == null ? Map.of() : store.props();
            Map<String, String> after = change.applyTo(before);
            KeyValueStoreLimits.checkStore(storeName, after, ctx);
            desired.keyValueStores().put(Names.key(name), new KeyValueStore(storeName, after));
            return List.of(ctx.rc(RetCodes.MODIFIED, "Key-value store '" + storeName + "' modified."));
        });
    }

    /** Deletes a store; WARN_NOT_FOUND when absent. */
    public CompletableFuture<List<ApiCallRc>> delete(String name) {
        CallContext ctx = context(RetCodes.MASK_DEL, name);
        return writes.submit(desired -> {
            NameRules.keyValueStoreName(name, ctx);
            KeyValueStore store = desired.keyValueStores().remove(Names.key(name));
            if (store == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Key-value store '" + name + "' not found."));
            }
            return List.of(ctx.rc(RetCodes.DELETED, "Key-value store '" + store.name() + "' deleted."));
        });
    }

    /** Lists the stores named in {@code names} (all when empty). */
    public CompletableFuture<List<KeyValueStore>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<KeyValueStore> stores = new ArrayList<>();
            for (KeyValueStore store : desired.keyValueStores().values()) {
                if (keys.isEmpty() || keys.contains(Names.key(store.name()))) {
                    stores.add(store);
                }
            }
            return stores;
        });
    }

    private static CallContext context(long operation, String name) {
        return CallContext.of(operation, RetCodes.MASK_KVS).ref(ApiCallRc.REF_KEY_VALUE_STORE, name);
    }
}
