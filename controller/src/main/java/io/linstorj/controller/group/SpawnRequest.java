package io.linstorj.controller.group;

import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;

/**
 * A resource definition to spawn from a resource group.
 *
 * @param resourceGroupName the group
 * @param resourceDefinitionName the new definition's name
 * @param volumeSizesKib one size per volume definition, in KiB; as many as the group has volume
 *     groups, when it has any and the spawn is not partial
 * @param partial true to allow another number of sizes than volume groups (LINSTOR's partial):
 *     fewer sizes leave the last volume groups unused, more sizes make the extra volume
 *     definitions without the properties of any volume group
 * @param definitionsOnly true to create the definitions without placing replicas
 * @param selectFilter fields that override the group's select filter for this spawn (as autoplace
 *     merges them); unset fields take the group's
 */
public record SpawnRequest(
        String resourceGroupName,
        String resourceDefinitionName,
        List<Long> volumeSizesKib,
        boolean partial,
        boolean definitionsOnly,
        AutoSelectFilter selectFilter) {

    /** Creates the request; the list is copied, a null filter overrides nothing. */
    public SpawnRequest {
        volumeSizesKib = List.copyOf(volumeSizesKib);
        selectFilter = selectFilter == null ? AutoSelectFilter.builder().build() : selectFilter;
    }

    /** A spawn that needs one size per volume group (not partial). */
    public SpawnRequest(
            String resourceGroupName,
            String resourceDefinitionName,
            List<Long> volumeSizesKib,
            boolean definitionsOnly,
            AutoSelectFilter selectFilter) {
        this(resourceGroupName, resourceDefinitionName, volumeSizesKib, false, definitionsOnly, selectFilter);
    }

    /** A spawn by the group's select filter alone. */
    public SpawnRequest(
            String resourceGroupName,
            String resourceDefinitionName,
            List<Long> volumeSizesKib,
            boolean definitionsOnly) {
        this(resourceGroupName, resourceDefinitionName, volumeSizesKib, false, definitionsOnly, null);
    }
}
