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
public record SnapshotDefinition(
        String resourceName,
        String name,
        SortedMap<Integer, Long> volumeSizesKib,
        Map<String, String> props,
        Set<String> flags,
        UUID uuid) {
    /** LINSTOR's flag of a snapshot taken on every one of its nodes at one point in time. */
    public static final String FLAG_SUCCESSFUL = "SUCCESSFUL";
    /** LINSTOR's flag of a snapshot that could not be taken: a node failed, or did not answer in time. */
    public static final String FLAG_FAILED_DEPLOYMENT = "FAILED_DEPLOYMENT";
    /** LINSTOR's flag of a snapshot that could not be taken because a node went offline. */
    public static final String FLAG_FAILED_DISCONNECT = "FAILED_DISCONNECT";

    /** Creates a definition; collections are copied. */
    public SnapshotDefinition {
        volumeSizesKib = Collections.unmodifiableSortedMap(new TreeMap<>(volumeSizesKib));
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** True when the snapshot was taken on every node ({@link #FLAG_SUCCESSFUL}). */
    public boolean successful() {
        return flags.contains(FLAG_SUCCESSFUL);
    }

    /** True when taking the snapshot failed: its nodes hold no copies of it. */
    public boolean failed() {
        return flags.contains(FLAG_FAILED_DEPLOYMENT) || flags.contains(FLAG_FAILED_DISCONNECT);
    }

    /** This definition with {@code flag} added and the properties {@code moreProps} set. */
    public SnapshotDefinition withFlag(String flag, Map<String, String> moreProps) {
        Set<String> newFlags = new TreeSet<>(flags);
        newFlags.add(flag);
        Map<String, String> newProps = new TreeMap<>(props);
        newProps.putAll(moreProps);
        return new SnapshotDefinition(resourceName, name, volumeSizesKib, newProps, newFlags, uuid);
    }

    /** The lookup key of this definition. */
    public SnapshotDefinitionKey key() {
        return SnapshotDefinitionKey.of(resourceName, name);
    }
}
