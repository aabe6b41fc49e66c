package io.linstorj.controller.resource;

import java.util.List;
import java.util.Map;

/**
 * A resource definition to create.
 *
 * @param name resource name
 * @param port DRBD port, or null to allocate one
 * @param props initial properties
 * @param resourceGroupName resource group; empty for DfltRscGrp
 * @param volumeDefinitions volume definitions to create with it
 */
public record ResourceDefinitionCreateRequest(
        String name,
        Integer port,
        Map<String, String> props,
        String resourceGroupName,
        List<VolumeDefinitionRequest> volumeDefinitions) {

    /** Creates the request; collections are copied. */
    public ResourceDefinitionCreateRequest {
        props = Map.copyOf(props);
        volumeDefinitions = List.copyOf(volumeDefinitions);
    }
}
