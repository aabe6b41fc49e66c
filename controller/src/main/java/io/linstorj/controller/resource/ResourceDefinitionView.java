package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import java.util.List;

/**
 * A resource definition as listed, with its volume definitions.
 *
 * @param definition the definition
 * @param volumeDefinitions its volume definitions by number
 */
public record ResourceDefinitionView(ResourceDefinition definition, List<VolumeDefinition> volumeDefinitions) {
    /** Creates the view; the list is copied. */
    public ResourceDefinitionView {
        volumeDefinitions = List.copyOf(volumeDefinitions);
    }
}
