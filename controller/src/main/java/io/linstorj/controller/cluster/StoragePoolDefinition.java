package io.linstorj.controller.cluster;

import java.util.Map;
import java.util.UUID;

/**
 * A storage pool definition: the cluster-wide name that storage pools on nodes share.
 *
 * @param name name as created
 * @param props properties
 * @param uuid identity
 */
public record StoragePoolDefinition(String name, Map<String, String> props, UUID uuid) {
    /** Name of the default pool for diskful resources. */
    public static final String DEFAULT_POOL = "DfltStorPool";
    /** Name of the default pool for diskless resources. */
    public static final String DEFAULT_DISKLESS_POOL = "DfltDisklessStorPool";

    /** Creates a definition; the properties are copied. */
    public StoragePoolDefinition {
        props = Props.copyOf(props);
    }
}
