package io.linstorj.controller.kv;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.KeyValueEntryKey;
import io.linstorj.controller.cluster.KeyValueStore;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * Sets and deletes keys of a store, creating it when the change sets keys and it does not
     * exist. Only the touched entries change: O(k log n) for k keys in a store of n.
     */
    public CompletableFuture<List<ApiCallRc>> modify(String name, PropsChange change) {
        CallContext ctx = context(RetCodes.MASK_MOD, name);
        return writes.submit(desired -> {
            NameRules.keyValueStoreName(name, ctx);
            String storeKey = Names.key(name);
            String storeName = desired.keyValueStores().get(storeKey);
            if (storeName == null && change.overrides().isEmpty()) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Key-value store '" + name + "' not found."));
            }
            change.overrides().forEach((key, value) -> PropertyRules.checkEntry(key, value, ctx));
            KeyValueStoreLimits.checkValues(storeName == null ? name : storeName, change.overrides(), ctx);
            if (storeName == null) {
                storeName = name;
                desired.putKeyValueStore(storeName);
            }
            applyTo(desired, storeName, change);
            return List.of(ctx.rc(RetCodes.MODIFIED, "Key-value store '" + storeName + "' modified."));
        });
    }

    /** Deletes a store; WARN_NOT_FOUND when absent. */
    public CompletableFuture<List<ApiCallRc>> delete(String name) {
        CallContext ctx = context(RetCodes.MASK_DEL, name);
        return writes.submit(desired -> {
            NameRules.keyValueStoreName(name, ctx);
            String storeName = desired.removeKeyValueStore(name);
            if (storeName == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Key-value store '" + name + "' not found."));
            }
            return List.of(ctx.rc(RetCodes.DELETED, "Key-value store '" + storeName + "' deleted."));
        });
    }

    /** Lists the stores named in {@code names} (all when empty). */
    public CompletableFuture<List<KeyValueStore>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<KeyValueStore> stores = new ArrayList<>();
            for (String storeName : desired.keyValueStores().values()) {
                if (keys.isEmpty() || keys.contains(Names.key(storeName))) {
                    Map<String, String> props = new TreeMap<>();
                    desired.keyValueEntriesOf(storeName).forEach((key, value) -> props.put(key.key(), value));
                    stores.add(new KeyValueStore(storeName, props));
                }
            }
            return stores;
        });
    }

    /**
     * Applies {@code change} to the entries of one store as {@link PropsChange#applyTo} would to
     * its map: set the overrides, then delete the keys, then the namespaces.
     */
    private static void applyTo(DesiredState desired, String storeName, PropsChange change) {
        for (Map.Entry<String, String> override : change.overrides().entrySet()) {
            KeyValueEntryKey key = KeyValueEntryKey.of(storeName, override.getKey());
            if (!override.getValue().equals(desired.keyValueEntries().get(key))) {
                desired.putKeyValueEntry(storeName, override.getKey(), override.getValue());
            }
        }
        for (String deleted : change.deleteKeys()) {
            desired.removeKeyValueEntry(storeName, deleted);
        }
        for (String namespace : change.deleteNamespaces()) {
            String prefix = namespace.endsWith("/") ? namespace : namespace + "/";
            NavigableMap<KeyValueEntryKey, String> under = desired.keyValueEntries()
                    .range(
                            KeyValueEntryKey.firstUnder(storeName, prefix),
                            KeyValueEntryKey.afterPrefix(storeName, prefix));
            for (KeyValueEntryKey key : List.copyOf(under.keySet())) {
                desired.removeKeyValueEntry(storeName, key.key());
            }
        }
    }

    private static CallContext context(long operation, String name) {
        return CallContext.of(operation, RetCodes.MASK_KVS).ref(ApiCallRc.REF_KEY_VALUE_STORE, name);
    }
}
