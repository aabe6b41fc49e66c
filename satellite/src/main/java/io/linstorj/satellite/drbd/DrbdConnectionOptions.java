package io.linstorj.satellite.drbd;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The DRBD {@code net} options of the connection between the local replica and one peer, from the
 * properties of their resource connection ({@code DrbdOptions/Net/max-buffers = 8000}). They
 * override the resource's net options for that pair only; unlike those, nothing is set by
 * default, so an option the connection leaves out keeps the resource's value.
 *
 * @param options option name to value, sorted by name, checked as {@link DrbdNetOptions} checks
 */
public record DrbdConnectionOptions(SortedMap<String, String> options) {
    /** A connection without options of its own. */
    public static final DrbdConnectionOptions NONE = new DrbdConnectionOptions(new TreeMap<>());

    /** Validates every option and keeps an unmodifiable sorted copy. */
    public DrbdConnectionOptions {
        DrbdNames.require(options != null, "connection options are null");
        TreeMap<String, String> copy = new TreeMap<>();
        options.forEach((name, value) -> copy.put(name, DrbdNetOptions.validated(name, value)));
        options = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The options among a resource connection's properties: every key under
     * {@value DrbdNetOptions#PROPERTY_NAMESPACE}; other keys are ignored.
     *
     * @throws IllegalArgumentException if such a property has an invalid name or value
     */
    public static DrbdConnectionOptions fromProperties(Map<String, String> properties) {
        TreeMap<String, String> options = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(DrbdNetOptions.PROPERTY_NAMESPACE)) {
                options.put(key.substring(DrbdNetOptions.PROPERTY_NAMESPACE.length()), value);
            }
        });
        return new DrbdConnectionOptions(options);
    }

    /** Whether the connection has no options of its own. */
    public boolean isEmpty() {
        return options.isEmpty();
    }
}
