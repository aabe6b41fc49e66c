package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The connection between two replicas of a resource definition: properties (DRBD net options
 * for that pair) and flags. Unordered: {@code nodeA} is the node whose name key sorts first.
 *
 * @param resourceName resource name as created
 * @param nodeA one node's name as created, the one whose key sorts first
 * @param nodeB the other node's name as created
 * @param props properties
 * @param flags flags (none so far)
 * @param uuid identity
 */
public record ResourceConnection(
        String resourceName, String nodeA, String nodeB, Map<String, String> props, Set<String> flags, UUID uuid) {

    /** Creates a connection; checks the node order; collections are copied. */
    public ResourceConnection {
        if (Names.key(nodeA).compareTo(Names.key(nodeB)) >= 0) {
            throw new IllegalArgumentException("nodes out of order or equal: " + nodeA + ", " + nodeB);
        }
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** The connection of {@code resourceName} between two nodes named in any order, without properties. */
    public static ResourceConnection between(String resourceName, String nodeName, String otherNodeName, UUID uuid) {
        boolean inOrder = Names.key(nodeName).compareTo(Names.key(otherNodeName)) < 0;
        return new ResourceConnection(
                resourceName,
                inOrder ? nodeName : otherNodeName,
                inOrder ? otherNodeName : nodeName,
                Map.of(),
                Set.of(),
                uuid);
    }

    /** This connection with {@code newProps}. */
    public ResourceConnection withProps(Map<String, String> newProps) {
        return new ResourceConnection(resourceName, nodeA, nodeB, newProps, flags, uuid);
    }

    /** The node at the other end from {@code nodeName}. */
    public String peerOf(String nodeName) {
        return Names.key(nodeName).equals(Names.key(nodeA)) ? nodeB : nodeA;
    }

    /** The lookup key of this connection. */
    public ResourceConnectionKey key() {
        return ResourceConnectionKey.of(resourceName, nodeA, nodeB);
    }
}
