package io.linstorj.client;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A resource definition with its volume definitions as the controller lists it.
 *
 * @param name the resource's name
 * @param drbdPort its DRBD TCP port; empty when not allocated
 * @param resourceGroupName its resource group
 * @param volumeDefinitions its volume definitions
 * @param props its properties
 * @param flags its flags, e.g. {@code DELETE}
 */
public record ResourceDefinitionInfo(
        String name,
        OptionalInt drbdPort,
        String resourceGroupName,
        List<VolumeDefinitionInfo> volumeDefinitions,
        Map<String, String> props,
        List<String> flags) {

    /** Creates a view; lists and maps are copied. */
    public ResourceDefinitionInfo {
        volumeDefinitions = List.copyOf(volumeDefinitions);
        props = Map.copyOf(props);
        flags = List.copyOf(flags);
    }
}
