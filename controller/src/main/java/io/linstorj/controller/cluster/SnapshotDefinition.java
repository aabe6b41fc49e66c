package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A snapshot definition: a named point-in-time copy of a resource definition, with the size of
 * each volume at the time it was taken (a restore creates volume definitions of these sizes).
 *
 * @param resourceName the resource definition's name as created
 * @param name the snapshot's name as created
 * @param volumeSizesKib usable size in KiB by volume number
 * @param props properties (LINSTOR's snapshot_definition_props)
 * @param flags LINSTOR flags
 * @param uuid identity
 */
public record SnapshotDefinition(String resourceName, String name, SortedMap<Integer, Long> volumeSizesKib,
    Map<String, String> props, Set<String> flags, UUID uuid) {

    /** Creates a definition; collections are copied. */
    public SnapshotDefinition {
        volumeSizesKib = Collections.unmodifiableSortedMap(new TreeMap<>(volumeSizesKib));
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** The lookup key of this definition. */
    public SnapshotDefinitionKey key() {
        return SnapshotDefinitionKey.of(resourceName, name);
    }
}
