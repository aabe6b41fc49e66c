package io.linstorj.controller.placement;

import java.util.Map;
import java.util.Objects;

/**
 * A resource already on a candidate node: its name and how many KiB it provisions from each pool.
 *
 * <p>The names feed the do-not-place-with rules; the sizes add up to what a thin pool has already
 * provisioned. A diskless resource uses no pool.
 *
 * @param resourceName the resource's name
 * @param provisionedKibByPool pool name (as in the node's {@link CandidatePool}s) to the KiB this
 *     resource's volumes take from it
 */
public record DeployedResource(String resourceName, Map<String, Long> provisionedKibByPool) {

    /** Copies the map; null names or negative sizes are programming errors. */
    public DeployedResource {
        Objects.requireNonNull(resourceName, "resourceName");
        provisionedKibByPool = Map.copyOf(provisionedKibByPool);
        provisionedKibByPool.forEach((pool, kib) -> {
            if (kib < 0) {
                throw new IllegalArgumentException("negative size of '" + resourceName + "' in pool '" + pool + "'");
            }
        });
    }

    /** A resource whose volumes take {@code kib} KiB from one pool. */
    public static DeployedResource inPool(String resourceName, String storagePoolName, long kib) {
        return new DeployedResource(resourceName, Map.of(storagePoolName, kib));
    }

    /** A diskless resource: it uses no pool. */
    public static DeployedResource diskless(String resourceName) {
        return new DeployedResource(resourceName, Map.of());
    }
}
