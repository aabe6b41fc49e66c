package io.linstorj.controller.state;

import java.util.Set;

/**
 * What one committed batch changed in the desired state, by name (as created).
 *
 * @param version number of the batch since the controller started (1, 2, ...)
 * @param nodeNames nodes whose desired state changed: the node itself, its net interfaces or
 *     storage pools, or any resource, volume or definition of a resource it holds
 * @param nodeRecordNames nodes whose own record changed (created, deleted, type, properties, net
 *     interfaces), a subset of {@code nodeNames}; what other nodes' states say about a peer node
 *     (its address) changes only with these
 * @param resourceNames resource definitions that changed, or whose volume definitions or replicas did
 * @param keyValueStoreNames key-value stores that changed
 * @param controllerPropsChanged true when controller properties changed
 */
public record StateChange(
        long version,
        Set<String> nodeNames,
        Set<String> nodeRecordNames,
        Set<String> resourceNames,
        Set<String> keyValueStoreNames,
        boolean controllerPropsChanged) {

    /** Creates a change; the sets are copied. */
    public StateChange {
        nodeNames = Set.copyOf(nodeNames);
        nodeRecordNames = Set.copyOf(nodeRecordNames);
        resourceNames = Set.copyOf(resourceNames);
        keyValueStoreNames = Set.copyOf(keyValueStoreNames);
    }
}
