package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.DesiredState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** One listing of resources with volumes, filtered by nodes, resources and storage pools. */
final class ResourceListing {
    private final Set<String> nodeKeys;
    private final Set<String> resourceKeys;
    private final Set<String> poolKeys;
    private final ObservedState observed;

    ResourceListing(Collection<String> nodeNames, Collection<String> resourceNames, Collection<String> poolNames,
        ObservedState observed) {
        this.nodeKeys = ResourceService.keys(nodeNames);
        this.resourceKeys = ResourceService.keys(resourceNames);
        this.poolKeys = ResourceService.keys(poolNames);
        this.observed = observed;
    }

    List<ResourceView> list(DesiredState desired) {
        List<ResourceView> views = new ArrayList<>();
        for (Resource resource : desired.resources().values()) {
            if (matches(resource)) {
                List<VolumeView> volumes = volumes(desired, resource);
                if (poolKeys.isEmpty() || !volumes.isEmpty()) {
                    views.add(new ResourceView(resource, volumes,
                        observed.resource(resource.nodeName(), resource.resourceName())));
                }
            }
        }
        return views;
    }

    private boolean matches(Resource resource) {
        return (nodeKeys.isEmpty() || nodeKeys.contains(resource.key().nodeKey()))
            && (resourceKeys.isEmpty() || resourceKeys.contains(resource.key().resourceKey()));
    }

    private List<VolumeView> volumes(DesiredState desired, Resource resource) {
        List<VolumeView> views = new ArrayList<>();
        for (Volume volume : desired.volumesOf(resource.resourceName(), resource.nodeName())) {
            if (poolKeys.isEmpty() || poolKeys.contains(Names.key(volume.storagePoolName()))) {
                VolumeDefinition definition = desired.volumeDefinitions()
                    .get(VolumeDefinitionKey.of(volume.resourceName(), volume.volumeNumber()));
                StoragePool pool = desired.storagePool(volume.nodeName(), volume.storagePoolName());
                views.add(new VolumeView(volume, definition == null ? -1 : definition.minorNumber(),
                    pool == null ? null : pool.providerKind(),
                    observed.volume(volume.nodeName(), volume.resourceName(), volume.volumeNumber())));
            }
        }
        return views;
    }
}
