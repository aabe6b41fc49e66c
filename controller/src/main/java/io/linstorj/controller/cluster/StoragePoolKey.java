package io.linstorj.controller.cluster;

/**
 * Lookup key of a storage pool: node key, then pool key.
 *
 * @param nodeKey the node's name key
 * @param poolKey the pool's name key
 */
public record StoragePoolKey(String nodeKey, String poolKey) implements Comparable<StoragePoolKey> {
    /** The key of pool {@code poolName} on node {@code nodeName}. */
    public static StoragePoolKey of(String nodeName, String poolName) {
        return new StoragePoolKey(Names.key(nodeName), Names.key(poolName));
    }

    /** The smallest key of the pools of a node. */
    public static StoragePoolKey firstOfNode(String nodeName) {
        return new StoragePoolKey(Names.key(nodeName), "");
    }

    /** The key just after the pools of a node. */
    public static StoragePoolKey afterNode(String nodeName) {
        return new StoragePoolKey(Names.key(nodeName) + '\0', "");
    }

    @Override
    public int compareTo(StoragePoolKey other) {
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byNodeKey = nodeKey.compareTo(other.nodeKey);
        if (byNodeKey != 0) {
            return byNodeKey;
        }
        return poolKey.compareTo(other.poolKey);
    }
}
