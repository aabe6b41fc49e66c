package io.linstorj.controller.group;

import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;
import java.util.Map;

/**
 * A resource group to create.
 *
 * @param name group name
 * @param description free text, empty for none
 * @param props initial properties
 * @param selectFilter where replicas of its definitions go; unset fields do not constrain
 * @param volumeGroups volume groups to create with it
 */
public record ResourceGroupCreateRequest(
        String name,
        String description,
        Map<String, String> props,
        AutoSelectFilter selectFilter,
        List<VolumeGroupRequest> volumeGroups) {

    /** Creates the request; collections are copied, a null description or filter becomes empty. */
    public ResourceGroupCreateRequest {
        description = description == null ? "" : description;
        props = Map.copyOf(props);
        selectFilter = selectFilter == null ? AutoSelectFilter.builder().build() : selectFilter;
        volumeGroups = List.copyOf(volumeGroups);
    }
}
