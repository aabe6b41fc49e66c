package io.linstorj.controller.group;

import java.util.List;

/**
 * A resource definition to spawn from a resource group.
 *
 * @param resourceGroupName the group
 * @param resourceDefinitionName the new definition's name
 * @param volumeSizesKib one size per volume definition, in KiB; as many as the group has volume
 *     groups, when it has any
 * @param definitionsOnly true to create the definitions without placing replicas
 */
public record SpawnRequest(String resourceGroupName, String resourceDefinitionName, List<Long> volumeSizesKib,
    boolean definitionsOnly) {

    /** Creates the request; the list is copied. */
    public SpawnRequest {
        volumeSizesKib = List.copyOf(volumeSizesKib);
    }
}
