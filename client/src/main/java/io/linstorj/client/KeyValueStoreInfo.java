package io.linstorj.client;

import java.util.Map;

/**
 * One instance of the controller's key-value store.
 *
 * @param name the instance's name
 * @param props its keys and values
 */
public record KeyValueStoreInfo(String name, Map<String, String> props) {
    /** Creates a view; the map is copied. */
    public KeyValueStoreInfo {
        props = Map.copyOf(props);
    }
}
