package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.StoragePool;
import java.util.Map;
import java.util.Set;

/**
 * A replica to create inside a mutation: where it goes and what it starts with.
 *
 * @param resourceName the resource definition (it must exist)
 * @param nodeName the node (it must exist and hold no replica of the resource)
 * @param pool the storage pool of all its volumes; a DISKLESS pool makes it diskless
 * @param flags its flags (DISKLESS, DRBD_DISKLESS, TIE_BREAKER), upper case
 * @param props its initial properties
 */
public record ReplicaSpec(
        String resourceName, String nodeName, StoragePool pool, Set<String> flags, Map<String, String> props) {

    /** Creates the spec; collections are copied. */
    public ReplicaSpec {
        flags = Set.copyOf(flags);
        props = Map.copyOf(props);
    }
}
