package io.linstorj.controller.storage;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.placement.DeployedResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage pools of one node as {@link PoolMeasurement} measured them.
 *
 * @param pools the pools placement may use: diskless ones, and diskful ones with a reported capacity
 * @param resources the node's resources with the KiB they take from each pool
 * @param provisionedKibByPoolKey KiB the desired volumes take from each pool, by pool name key
 * @param unmeasured diskful pools left out of {@code pools}, each with the reason, for people
 */
public record NodePools(
        List<CandidatePool> pools,
        List<DeployedResource> resources,
        Map<String, Long> provisionedKibByPoolKey,
        List<String> unmeasured) {

    /** Creates the measurement; the collections are copied. */
    public NodePools {
        pools = List.copyOf(pools);
        resources = List.copyOf(resources);
        provisionedKibByPoolKey = Map.copyOf(new HashMap<>(provisionedKibByPoolKey));
        unmeasured = List.copyOf(unmeasured);
    }

    /** The measured pool named {@code poolName}, if it was measured. */
    public Optional<CandidatePool> pool(String poolName) {
        String key = Names.key(poolName);
        return pools.stream()
                .filter(pool -> Names.key(pool.storagePoolName()).equals(key))
                .findFirst();
    }

    /** KiB the desired volumes take from the pool named {@code poolName}. */
    public long provisionedKib(String poolName) {
        return provisionedKibByPoolKey.getOrDefault(Names.key(poolName), 0L);
    }
}
