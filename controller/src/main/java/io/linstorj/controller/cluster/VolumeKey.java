package io.linstorj.controller.cluster;

import java.util.Comparator;

/**
 * Lookup key of a volume: resource key, node key, volume number.
 *
 * @param resourceKey the resource's name key
 * @param nodeKey the node's name key
 * @param volumeNumber the volume number
 */
public record VolumeKey(String resourceKey, String nodeKey, int volumeNumber) implements Comparable<VolumeKey> {
    private static final Comparator<VolumeKey> ORDER = Comparator.comparing(VolumeKey::resourceKey)
        .thenComparing(VolumeKey::nodeKey).thenComparingInt(VolumeKey::volumeNumber);

    /** The key of volume {@code volumeNumber} of resource {@code resourceName} on node {@code nodeName}. */
    public static VolumeKey of(String resourceName, String nodeName, int volumeNumber) {
        return new VolumeKey(Names.key(resourceName), Names.key(nodeName), volumeNumber);
    }

    /** The smallest key of the volumes of a resource on a node. */
    public static VolumeKey firstOf(String resourceName, String nodeName) {
        return new VolumeKey(Names.key(resourceName), Names.key(nodeName), Integer.MIN_VALUE);
    }

    /** The key just after the volumes of a resource on a node. */
    public static VolumeKey after(String resourceName, String nodeName) {
        return new VolumeKey(Names.key(resourceName), Names.key(nodeName) + '\0', Integer.MIN_VALUE);
    }

    @Override
    public int compareTo(VolumeKey other) {
        return ORDER.compare(this, other);
    }
}
