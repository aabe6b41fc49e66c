package io.linstorj.controller.cluster;

/**
 * Lookup key of a volume: resource key, node key, volume number.
 *
 * @param resourceKey the resource's name key
 * @param nodeKey the node's name key
 * @param volumeNumber the volume number
 */
public record VolumeKey(String resourceKey, String nodeKey, int volumeNumber) implements Comparable<VolumeKey> {
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
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byResourceKey = resourceKey.compareTo(other.resourceKey);
        if (byResourceKey != 0) {
            return byResourceKey;
        }
        int byNodeKey = nodeKey.compareTo(other.nodeKey);
        if (byNodeKey != 0) {
            return byNodeKey;
        }
        return Integer.compare(volumeNumber, other.volumeNumber);
    }
}
