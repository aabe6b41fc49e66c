package io.linstorj.controller.cluster;

/**
 * Key of the index of resources by node: node key, then resource key.
 *
 * @param nodeKey the node's name key
 * @param resourceKey the resource's name key
 */
public record NodeResourceKey(String nodeKey, String resourceKey) implements Comparable<NodeResourceKey> {
    /** The index key of resource {@code resourceName} on node {@code nodeName}. */
    public static NodeResourceKey of(String nodeName, String resourceName) {
        return new NodeResourceKey(Names.key(nodeName), Names.key(resourceName));
    }

    /** The smallest index key of a node. */
    public static NodeResourceKey firstOf(String nodeName) {
        return new NodeResourceKey(Names.key(nodeName), "");
    }

    /** The index key just after a node's. */
    public static NodeResourceKey after(String nodeName) {
        return new NodeResourceKey(Names.key(nodeName) + '\0', "");
    }

    @Override
    public int compareTo(NodeResourceKey other) {
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byNodeKey = nodeKey.compareTo(other.nodeKey);
        if (byNodeKey != 0) {
            return byNodeKey;
        }
        return resourceKey.compareTo(other.resourceKey);
    }
}
