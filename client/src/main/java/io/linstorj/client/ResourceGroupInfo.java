package io.linstorj.client;

import java.util.List;
import java.util.Map;

/**
 * A resource group (a template of resource definitions: placement and volumes) as the controller
 * lists it.
 *
 * @param name its name
 * @param description its description (empty when none)
 * @param props its properties, inherited by its resource definitions
 * @param selectFilter where its resources are placed
 * @param volumeGroups its volume groups
 */
public record ResourceGroupInfo(
        String name,
        String description,
        Map<String, String> props,
        AutoSelectFilter selectFilter,
        List<VolumeGroupInfo> volumeGroups) {

    /** Creates a view; the map and list are copied. */
    public ResourceGroupInfo {
        props = Map.copyOf(props);
        volumeGroups = List.copyOf(volumeGroups);
    }
}
