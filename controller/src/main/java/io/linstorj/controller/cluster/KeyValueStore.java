package io.linstorj.controller.cluster;

import java.util.Map;

/**
 * A named key-value store: free-form properties for clients such as plugins.
 *
 * @param name name as created
 * @param props the stored keys and values
 */
public record KeyValueStore(String name, Map<String, String> props) {
    /** Creates a store; the properties are copied. */
    public KeyValueStore {
        props = Props.copyOf(props);
    }
}
