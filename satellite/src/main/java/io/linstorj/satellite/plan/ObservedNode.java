package io.linstorj.satellite.plan;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pass observed of the node before it plans.
 *
 * @param pools         each desired pool as observed, by name
 * @param resources     the resources DRBD runs or has a configuration of on this node
 * @param rollbacksDone the id of the rollback last done per resource, as the ledger says
 */
public record ObservedNode(Map<String, ObservedPool> pools, Set<String> resources, Map<String, String> rollbacksDone) {

    /** Creates a value; the collections are copied. */
    public ObservedNode {
        pools = Map.copyOf(pools);
        resources = Set.copyOf(resources);
        rollbacksDone = Map.copyOf(rollbacksDone);
    }

    /** The observed pool {@code name}, if the node has such a desired pool. */
    public Optional<ObservedPool> pool(String name) {
        return Optional.ofNullable(pools.get(name));
    }
}
