package io.linstorj.controller.cluster;

import java.util.Comparator;

/**
 * Lookup key of a resource connection: the resource key, then the two node keys in order, so
 * that a pair of nodes has one key whichever way it is named and the connections of a resource
 * definition sit together.
 *
 * @param resourceKey the resource's name key
 * @param nodeKeyA the smaller of the two node keys
 * @param nodeKeyB the larger of the two node keys
 */
public record ResourceConnectionKey(String resourceKey, String nodeKeyA, String nodeKeyB)
        implements Comparable<ResourceConnectionKey> {
    private static final Comparator<ResourceConnectionKey> ORDER = Comparator.comparing(
                    ResourceConnectionKey::resourceKey)
            .thenComparing(ResourceConnectionKey::nodeKeyA)
            .thenComparing(ResourceConnectionKey::nodeKeyB);

    /** Checks that the node keys are in order. */
    public ResourceConnectionKey {
        if (nodeKeyA.compareTo(nodeKeyB) > 0) {
            throw new IllegalArgumentException("node keys out of order: " + nodeKeyA + ", " + nodeKeyB);
        }
    }

    /** The key of the connection of {@code resourceName} between two nodes, named in any order. */
    public static ResourceConnectionKey of(String resourceName, String nodeName, String otherNodeName) {
        String one = Names.key(nodeName);
        String other = Names.key(otherNodeName);
        return one.compareTo(other) <= 0
                ? new ResourceConnectionKey(Names.key(resourceName), one, other)
                : new ResourceConnectionKey(Names.key(resourceName), other, one);
    }

    /** The smallest key of the connections of a resource definition. */
    public static ResourceConnectionKey firstOf(String resourceName) {
        return new ResourceConnectionKey(Names.key(resourceName), "", "");
    }

    /** The key just after the connections of a resource definition. */
    public static ResourceConnectionKey after(String resourceName) {
        return new ResourceConnectionKey(Names.key(resourceName) + '\0', "", "");
    }

    /** True when one of the two nodes is {@code nodeName}. */
    public boolean involves(String nodeName) {
        String key = Names.key(nodeName);
        return nodeKeyA.equals(key) || nodeKeyB.equals(key);
    }

    @Override
    public int compareTo(ResourceConnectionKey other) {
        return ORDER.compare(this, other);
    }
}
