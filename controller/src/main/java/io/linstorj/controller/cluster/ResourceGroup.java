package io.linstorj.controller.cluster;

import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource group: a template for resource definitions, with the select filter that autoplace
 * and spawn use when a request does not say otherwise, and its volume groups (kept apart, as
 * {@link VolumeGroup}s).
 *
 * @param name name as created
 * @param description free text for people, empty if none
 * @param props properties
 * @param selectFilter where replicas of its resource definitions go (unset fields do not constrain)
 * @param uuid identity
 */
public record ResourceGroup(
        String name, String description, Map<String, String> props, AutoSelectFilter selectFilter, UUID uuid) {
    /** Name of the group that exists from the start and holds definitions created without a group. */
    public static final String DEFAULT_NAME = "DfltRscGrp";

    /** Creates a group; the properties are copied. */
    public ResourceGroup {
        Objects.requireNonNull(selectFilter, "selectFilter");
        description = description == null ? "" : description;
        props = Props.copyOf(props);
    }

    /** Returns a copy with other properties. */
    public ResourceGroup withProps(Map<String, String> newProps) {
        return new ResourceGroup(name, description, newProps, selectFilter, uuid);
    }

    /** Returns a copy with another description. */
    public ResourceGroup withDescription(String newDescription) {
        return new ResourceGroup(name, newDescription, props, selectFilter, uuid);
    }

    /** Returns a copy with another select filter. */
    public ResourceGroup withSelectFilter(AutoSelectFilter newFilter) {
        return new ResourceGroup(name, description, props, newFilter, uuid);
    }

    /** True when this is {@value #DEFAULT_NAME}. */
    public boolean isDefault() {
        return DEFAULT_NAME.equalsIgnoreCase(name);
    }
}
