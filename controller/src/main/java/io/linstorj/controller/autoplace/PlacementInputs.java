package io.linstorj.controller.autoplace;

import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.placement.PlacementCandidate;
import io.linstorj.controller.placement.ResourceToPlace;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.storage.NodePools;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The placement engine's view of the cluster for one resource, as values: taken under the read
 * lock to decide, and again inside the mutation that applies the decision (size queries take it
 * to ask the placer where replicas would go). Every node that can hold resources as a candidate (online when its satellite is
 * ONLINE; pools as {@link PoolMeasurement} measures them), and the resource with its volume sizes
 * and current replicas.
 *
 * @param resource the resource to place
 * @param candidates every non-controller node
 * @param unmeasured diskful pools of online nodes left out, with the reason, for the refusal's details
 */
public record PlacementInputs(ResourceToPlace resource, List<PlacementCandidate> candidates, List<String> unmeasured) {

    static PlacementInputs collect(
            DesiredState desired, ObservedState observed, PoolMeasurement measurement, String resourceName) {
        return collectFor(desired, observed, measurement, resource(desired, resourceName));
    }

    /** The candidates for {@code resource}, which need not exist yet (spawn plans before it creates). */
    public static PlacementInputs collectFor(
            DesiredState desired, ObservedState observed, PoolMeasurement measurement, ResourceToPlace resource) {
        List<PlacementCandidate> candidates = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        for (Node node : desired.nodes().values()) {
            if (node.type() == NodeType.CONTROLLER) {
                continue;
            }
            if (!observed.isOnline(node.name())) {
                // Placement passes over offline nodes before it looks at their storage.
                candidates.add(new PlacementCandidate(node.name(), false, node.props(), List.of(), List.of()));
                continue;
            }
            NodePools pools = measurement.measure(desired, node);
            unmeasured.addAll(pools.unmeasured());
            candidates.add(new PlacementCandidate(node.name(), true, node.props(), pools.pools(), pools.resources()));
        }
        return new PlacementInputs(resource, candidates, unmeasured);
    }

    private static ResourceToPlace resource(DesiredState desired, String resourceName) {
        List<Long> sizes = new ArrayList<>();
        for (VolumeDefinition definition : desired.volumeDefinitionsOf(resourceName)) {
            sizes.add(definition.sizeKib());
        }
        Set<String> diskful = new HashSet<>();
        Set<String> diskless = new HashSet<>();
        for (Resource replica : desired.resourcesOf(resourceName)) {
            (replica.isDiskless() ? diskless : diskful).add(replica.nodeName());
        }
        return new ResourceToPlace(desired.resourceDefinition(resourceName).name(), sizes, diskful, diskless);
    }
}
