package io.linstorj.client;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of a resource definition as the controller lists it: one name, taken on one or
 * more nodes.
 *
 * @param name the snapshot's name
 * @param resourceName the resource definition it was taken of
 * @param nodes the nodes it was taken on
 * @param flags its flags, e.g. {@code SUCCESSFUL} once taken everywhere
 * @param props its properties
 * @param volumes its volume definitions: number and size, what a restore gives its target
 */
public record SnapshotInfo(
        String name,
        String resourceName,
        List<String> nodes,
        List<String> flags,
        Map<String, String> props,
        List<SnapshotVolumeInfo> volumes) {

    /** Creates a view; lists and maps are copied. */
    public SnapshotInfo {
        nodes = List.copyOf(nodes);
        flags = List.copyOf(flags);
        props = Map.copyOf(props);
        volumes = List.copyOf(volumes);
    }

    /** True when flag {@code SUCCESSFUL} says the snapshot was taken on all its nodes. */
    public boolean isSuccessful() {
        return flags.contains("SUCCESSFUL");
    }
}
