package io.linstorj.controller.cluster;

import java.util.Comparator;

/**
 * Lookup key of a snapshot definition: resource key, then snapshot key, so that the snapshots of
 * a resource definition sit together.
 *
 * @param resourceKey the resource's name key
 * @param snapshotKey the snapshot's name key
 */
public record SnapshotDefinitionKey(String resourceKey, String snapshotKey)
        implements Comparable<SnapshotDefinitionKey> {
    private static final Comparator<SnapshotDefinitionKey> ORDER =
            Comparator.comparing(SnapshotDefinitionKey::resourceKey).thenComparing(SnapshotDefinitionKey::snapshotKey);

    /** The key of snapshot {@code snapshotName} of resource {@code resourceName}. */
    public static SnapshotDefinitionKey of(String resourceName, String snapshotName) {
        return new SnapshotDefinitionKey(Names.key(resourceName), Names.key(snapshotName));
    }

    /** The smallest key of the snapshots of a resource definition. */
    public static SnapshotDefinitionKey firstOf(String resourceName) {
        return new SnapshotDefinitionKey(Names.key(resourceName), "");
    }

    /** The key just after the snapshots of a resource definition. */
    public static SnapshotDefinitionKey after(String resourceName) {
        return new SnapshotDefinitionKey(Names.key(resourceName) + '\0', "");
    }

    @Override
    public int compareTo(SnapshotDefinitionKey other) {
        return ORDER.compare(this, other);
    }
}
