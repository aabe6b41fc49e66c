package io.linstorj.client;

import java.util.Map;

/**
 * A storage pool definition (the cluster-wide name of pools on nodes) as the controller lists it.
 *
 * @param name the pool name
 * @param props its properties
 */
public record StoragePoolDefinitionInfo(String name, Map<String, String> props) {
    /** Creates a view; the map is copied. */
    public StoragePoolDefinitionInfo {
        props = Map.copyOf(props);
    }
}
