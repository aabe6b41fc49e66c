package io.linstorj.controller.group;

import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.props.PropsChange;

/**
 * A change of a resource group.
 *
 * @param name the group
 * @param props property changes
 * @param description the new description, or null to keep it
 * @param selectFilter the new select filter (replacing the old one whole), or null to keep it
 */
public record ResourceGroupModifyRequest(
        String name, PropsChange props, String description, AutoSelectFilter selectFilter) {

    /** Creates the request; a null property change changes none. */
    public ResourceGroupModifyRequest {
        props = props == null ? PropsChange.NONE : props;
    }
}
