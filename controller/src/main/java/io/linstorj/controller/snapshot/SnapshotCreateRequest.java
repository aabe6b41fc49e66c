package io.linstorj.controller.snapshot;

import java.util.List;
import java.util.Map;

/**
 * A snapshot to take of a resource definition.
 *
 * @param resourceName the resource definition
 * @param name the snapshot's name
 * @param nodeNames the nodes to take it on; empty: every diskful replica
 * @param props properties of the snapshot definition
 */
public record SnapshotCreateRequest(
        String resourceName, String name, List<String> nodeNames, Map<String, String> props) {
    /** Creates the request; collections are copied. */
    public SnapshotCreateRequest {
        nodeNames = List.copyOf(nodeNames);
        props = Map.copyOf(props);
    }
}
