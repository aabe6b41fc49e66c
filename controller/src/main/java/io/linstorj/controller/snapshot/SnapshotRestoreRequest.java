package io.linstorj.controller.snapshot;

import java.util.List;

/**
 * A snapshot to restore into another resource definition.
 *
 * @param resourceName the resource definition the snapshot belongs to
 * @param snapshotName the snapshot
 * @param toResource the resource definition to restore into (it must exist)
 * @param nodeNames the nodes to create restored replicas on; empty: every node of the snapshot
 */
public record SnapshotRestoreRequest(
        String resourceName, String snapshotName, String toResource, List<String> nodeNames) {
    /** Creates the request; the list is copied. */
    public SnapshotRestoreRequest {
        nodeNames = List.copyOf(nodeNames);
    }
}
