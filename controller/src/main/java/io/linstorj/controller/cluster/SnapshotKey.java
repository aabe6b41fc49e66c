package io.linstorj.controller.cluster;

import java.util.Comparator;

/**
 * Lookup key of a snapshot on a node: resource key, snapshot key, then node key, so that the
 * per-node parts of one snapshot definition sit together.
 *
 * @param resourceKey the resource's name key
 * @param snapshotKey the snapshot's name key
 * @param nodeKey the node's name key
 */
public record SnapshotKey(String resourceKey, String snapshotKey, String nodeKey) implements Comparable<SnapshotKey> {
    private static final Comparator<SnapshotKey> ORDER = Comparator.comparing(SnapshotKey::resourceKey)
            .thenComparing(SnapshotKey::snapshotKey)
            .thenComparing(SnapshotKey::nodeKey);

    /** The key of snapshot {@code snapshotName} of resource {@code resourceName} on node {@code nodeName}. */
    public static SnapshotKey of(String resourceName, String snapshotName, String nodeName) {
        return new SnapshotKey(Names.key(resourceName), Names.key(snapshotName), Names.key(nodeName));
    }

    /** The smallest key of the per-node parts of a snapshot. */
    public static SnapshotKey firstOf(String resourceName, String snapshotName) {
        return new SnapshotKey(Names.key(resourceName), Names.key(snapshotName), "");
    }

    /** The key just after the per-node parts of a snapshot. */
    public static SnapshotKey after(String resourceName, String snapshotName) {
        return new SnapshotKey(Names.key(resourceName), Names.key(snapshotName) + '\0', "");
    }

    @Override
    public int compareTo(SnapshotKey other) {
        return ORDER.compare(this, other);
    }
}
