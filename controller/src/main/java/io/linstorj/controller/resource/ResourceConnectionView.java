package io.linstorj.controller.resource;

import java.util.Map;
import java.util.Set;

/**
 * A resource connection as listed: a stored one, or a pair of replicas without anything set.
 *
 * @param resourceName the resource definition, as created
 * @param nodeA one node, as created
 * @param nodeB the other node, as created
 * @param props the connection's properties (empty when none are set)
 * @param flags the connection's flags
 */
public record ResourceConnectionView(
        String resourceName, String nodeA, String nodeB, Map<String, String> props, Set<String> flags) {

    /** Creates the view; the collections are copied. */
    public ResourceConnectionView {
        props = Map.copyOf(props);
        flags = Set.copyOf(flags);
    }
}
