package io.linstorj.controller.capacity;

import io.linstorj.controller.autoplace.PlacementInputs;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.placement.PlacementCandidate;
import io.linstorj.controller.placement.ResourceToPlace;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What a size query needs, copied as values under the read lock: the placement candidates (pools
 * measured as autoplace measures them), the storage pool definitions and resource groups by name
 * key, the placement strategy and the controller's over-subscription ratio.
 *
 * @param candidates every non-controller node, as autoplace sees it
 * @param poolDefinitions display names of the storage pool definitions, by name key, in key order
 * @param groups the resource groups by name key, in key order
 * @param strategy the controller's {@code Autoplacer/Strategy}, or null
 * @param defaultRatio the controller's {@code MaxOversubscriptionRatio}, 20 unless set
 */
record CapacitySnapshot(
        List<PlacementCandidate> candidates,
        Map<String, String> poolDefinitions,
        Map<String, ResourceGroup> groups,
        String strategy,
        double defaultRatio) {

    /** Placement needs a resource; this one is deployed nowhere and has no volume yet. */
    static final ResourceToPlace PROBE = ResourceToPlace.unplaced("size-query", List.of());

    static CapacitySnapshot take(DesiredState desired, ObservedState observed, PoolMeasurement measurement) {
        Map<String, String> definitions = new TreeMap<>();
        for (StoragePoolDefinition definition : desired.storagePoolDefinitions().values()) {
            definitions.put(Names.key(definition.name()), definition.name());
        }
        Map<String, ResourceGroup> groups = new TreeMap<>();
        for (ResourceGroup group : desired.resourceGroups().values()) {
            groups.put(Names.key(group.name()), group);
        }
        String ratio = desired.controllerProps().get(PropertyRules.MAX_OVERSUBSCRIPTION_RATIO);
        OptionalDouble parsed = ratio == null ? OptionalDouble.empty() : PropertyRules.parseRatio(ratio);
        return new CapacitySnapshot(
                PlacementInputs.collectFor(desired, observed, measurement, PROBE)
                        .candidates(),
                definitions,
                groups,
                desired.controllerProps().get(PropertyRules.AUTOPLACER_STRATEGY),
                parsed.orElse(CandidatePool.DEFAULT_MAX_OVERSUBSCRIPTION_RATIO));
    }

    /** The pool {@code poolName} of node {@code nodeName}, which placement just chose. */
    CandidatePool pool(String nodeName, String poolName) {
        return node(nodeName).storagePools().stream()
                .filter(pool -> Names.key(pool.storagePoolName()).equals(Names.key(poolName)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("placement chose unknown pool " + poolName));
    }

    /** What the resources on node {@code nodeName} already take from its pool {@code poolName}, in KiB. */
    long provisionedKib(String nodeName, String poolName) {
        return node(nodeName).resources().stream()
                .mapToLong(resource -> resource.provisionedKibByPool().getOrDefault(poolName, 0L))
                .sum();
    }

    private PlacementCandidate node(String nodeName) {
        return candidates.stream()
                .filter(node -> node.nodeName().equals(nodeName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("placement chose unknown node " + nodeName));
    }
}
