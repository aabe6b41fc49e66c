package io.linstorj.controller.group;

import io.linstorj.controller.autoplace.Autoplacer;
import io.linstorj.controller.resource.ResourceDefinitionFactory;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;

/**
 * The resource group services.
 *
 * @param resourceGroups resource groups
 * @param volumeGroups volume groups
 * @param spawn spawning resource definitions from groups
 */
public record GroupServices(ResourceGroupService resourceGroups, VolumeGroupService volumeGroups, SpawnService spawn) {

    /** Wires the group services; spawn creates definitions with {@code definitions} and places with {@code autoplacer}. */
    public static GroupServices create(
            WriteQueue writes, GuardedState state, ResourceDefinitionFactory definitions, Autoplacer autoplacer) {
        return new GroupServices(
                new ResourceGroupService(writes, state),
                new VolumeGroupService(writes, state),
                new SpawnService(writes, definitions, autoplacer));
    }
}
