package io.linstorj.controller.group;

import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.VolumeGroup;
import java.util.List;

/**
 * A resource group as listed, with its volume groups.
 *
 * @param group the group
 * @param volumeGroups its volume groups by number
 */
public record ResourceGroupView(ResourceGroup group, List<VolumeGroup> volumeGroups) {
    /** Creates the view; the list is copied. */
    public ResourceGroupView {
        volumeGroups = List.copyOf(volumeGroups);
    }
}
