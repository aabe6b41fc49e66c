package io.linstorj.controller.cluster;

import java.util.Map;
import java.util.UUID;

/**
 * A storage pool on a node. Its properties name the provider's pool: {@code StorDriver/StorPoolName}
 * holds the volume group, zpool or directory.
 *
 * @param nodeName node name as created
 * @param name pool name as created
 * @param providerKind kind of storage
 * @param props properties
 * @param uuid identity
 */
public record StoragePool(
        String nodeName, String name, ProviderKind providerKind, Map<String, String> props, UUID uuid) {
    /** Property naming the provider's pool (volume group, zpool or directory). */
    public static final String PROVIDER_POOL_PROP = "StorDriver/StorPoolName";

    /** Creates a pool; the properties are copied. */
    public StoragePool {
        props = Props.copyOf(props);
    }

    /** Returns a copy with other properties. */
    public StoragePool withProps(Map<String, String> newProps) {
        return new StoragePool(nodeName, name, providerKind, newProps, uuid);
    }

    /** The lookup key of this pool. */
    public StoragePoolKey key() {
        return StoragePoolKey.of(nodeName, name);
    }
}
