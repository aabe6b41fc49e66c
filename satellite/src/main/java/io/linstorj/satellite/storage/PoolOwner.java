package io.linstorj.satellite.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a storage pool's backing storage belongs to: the node the satellite is, and the cluster it
 * belongs to where it knows one. A provider that marks its storage (the FILE pool's marker file)
 * writes this identity and refuses storage marked for another one.
 *
 * <pre>{@code
 * PoolOwner owner = PoolOwner.of("alpha");                 // no cluster identity known
 * owner.withClusterId("5c0d...").clusterId();               // Optional["5c0d..."]
 * }</pre>
 *
 * @param nodeName the node's name as the controller knows it
 * @param clusterId the cluster's identity, when the satellite knows one
 */
public record PoolOwner(String nodeName, Optional<String> clusterId) {

    /** Creates an owner; the node name must not be blank. */
    public PoolOwner {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(clusterId, "clusterId");
        if (nodeName.isBlank()) {
            throw new IllegalArgumentException("the node name of a pool owner must not be blank");
        }
    }

    /** Returns the owner of a node whose cluster identity is not known. */
    public static PoolOwner of(String nodeName) {
        return new PoolOwner(nodeName, Optional.empty());
    }

    /** Returns a copy that names the cluster too. */
    public PoolOwner withClusterId(String id) {
        return new PoolOwner(nodeName, Optional.of(id));
    }
}
