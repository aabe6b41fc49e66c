package io.linstorj.controller.resource;

import java.util.Map;
import java.util.Set;

/**
 * A resource (replica) to create on a node.
 *
 * @param resourceName the resource definition
 * @param nodeName the node
 * @param flags DISKLESS, DRBD_DISKLESS or TIE_BREAKER (any case)
 * @param storagePoolName the pool for its volumes, or empty for the default chain
 * @param props initial properties
 */
public record ResourceCreateRequest(
        String resourceName, String nodeName, Set<String> flags, String storagePoolName, Map<String, String> props) {

    /** Creates the request; collections are copied. */
    public ResourceCreateRequest {
        flags = Set.copyOf(flags);
        props = Map.copyOf(props);
        storagePoolName = storagePoolName == null ? "" : storagePoolName;
    }
}
