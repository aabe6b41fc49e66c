package io.linstorj.rest.json;

import io.linstorj.controller.resource.ResourceConnectionView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec's ResourceConnection as answered: both nodes, the properties (an empty object when none
 * are set, as LINSTOR shows a pair without properties) and the flags. LinstorJ has no DRBD proxy,
 * so no proxy ports.
 *
 * @param nodeA one node
 * @param nodeB the other node
 * @param props the connection's properties
 * @param flags the connection's flags
 */
public record ResourceConnectionJson(String nodeA, String nodeB, Map<String, String> props, List<String> flags) {

    /** The wire form of {@code view}. */
    public static ResourceConnectionJson of(ResourceConnectionView view) {
        return new ResourceConnectionJson(
                view.nodeA(),
                view.nodeB(),
                new TreeMap<>(view.props()),
                view.flags().stream().sorted().toList());
    }
}
