package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.plan.DesiredPool;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProviderKind;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.StorageProviderFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The storage providers of the node's pools, kept while a pool's definition stays the same and
 * made anew when its kind or properties change.
 */
final class StoragePools {
    private final StorageProviderFactory factory;
    private final Map<String, Entry> providers = new HashMap<>();

    private record Entry(DesiredPool spec, PoolOwner owner, StorageProvider provider) {}

    StoragePools(StorageProviderFactory factory) {
        this.factory = factory;
    }

    /**
     * The provider of {@code spec} on the node {@code owner}.
     *
     * @throws io.linstorj.satellite.storage.StorageException if the kind is unknown or the
     *     properties are unusable
     */
    StorageProvider provider(DesiredPool spec, PoolOwner owner) {
        Entry entry = providers.get(spec.name());
        if (entry == null || !entry.spec().equals(spec) || !entry.owner().equals(owner)) {
            StorageProvider provider =
                    factory.create(spec.name(), ProviderKind.parse(spec.providerKind()), spec.props(), owner);
            entry = new Entry(spec, owner, provider);
            providers.put(spec.name(), entry);
        }
        return entry.provider();
    }

    /** The provider of a pool by name, if the pool was seen before. */
    Optional<StorageProvider> known(String poolName) {
        return Optional.ofNullable(providers.get(poolName)).map(Entry::provider);
    }

    /** Every provider seen so far. */
    Iterable<StorageProvider> all() {
        return providers.values().stream().map(Entry::provider).toList();
    }
}
