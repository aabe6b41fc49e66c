package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.VolumeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pass observed of one storage pool.
 *
 * @param name     the pool
 * @param provider its provider, absent when the pool's definition is unusable
 * @param capacity free and total space, when the pool is usable
 * @param volumes  the LinstorJ volumes it holds
 * @param problems why it is unusable; empty when it is usable
 */
public record PoolOutcome(
        String name,
        Optional<StorageProvider> provider,
        Optional<Capacity> capacity,
        Map<VolumeId, ProvidedVolume> volumes,
        List<StorageProblem> problems) {

    /** True when the pool can be used now. */
    public boolean usable() {
        return problems.isEmpty() && provider.isPresent();
    }
}
