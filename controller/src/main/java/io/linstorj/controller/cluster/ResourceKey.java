package io.linstorj.controller.cluster;

/**
 * Lookup key of a resource: resource key, then node key, so that the replicas of a resource
 * definition sit together.
 *
 * @param resourceKey the resource's name key
 * @param nodeKey the node's name key
 */
public record ResourceKey(String resourceKey, String nodeKey) implements Comparable<ResourceKey> {
    /** The key of resource {@code resourceName} on node {@code nodeName}. */
    public static ResourceKey of(String resourceName, String nodeName) {
        return new ResourceKey(Names.key(resourceName), Names.key(nodeName));
    }

    /** The smallest key of the replicas of a resource definition. */
    public static ResourceKey firstOf(String resourceName) {
        return new ResourceKey(Names.key(resourceName), "");
    }

    /** The key just after the replicas of a resource definition. */
    public static ResourceKey after(String resourceName) {
        return new ResourceKey(Names.key(resourceName) + '\0', "");
    }

    @Override
    public int compareTo(ResourceKey other) {
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byResourceKey = resourceKey.compareTo(other.resourceKey);
        if (byResourceKey != 0) {
            return byResourceKey;
        }
        return nodeKey.compareTo(other.nodeKey);
    }
}
