package io.linstorj.controller.state;

import java.util.Set;

/**
 * What one committed batch changed in the desired state, by name (as created).
 *
 * @param version number of the batch since the controller started (1, 2, ...)
 * @param nodeNames nodes whose desired state changed: the node itself, its net interfaces or
 *     storage pools, or any resource, volume or definition of a resource it holds
 * @param resourceNames resource definitions that changed, or whose volume definitions or replicas did
 * @param keyValueStoreNames key-value stores that changed
 * @param controllerPropsChanged true when controller properties changed
 */
public record StateChange(
    long version, Set<String> nodeNames, Set<String> resourceNames, Set<String> keyValueStoreNames,
    boolean controllerPropsChanged) {

    /** Creates a change; the sets are copied. */
    public StateChange {
        nodeNames = Set.copyOf(nodeNames);
        resourceNames = Set.copyOf(resourceNames);
        keyValueStoreNames = Set.copyOf(keyValueStoreNames);
    }
}
