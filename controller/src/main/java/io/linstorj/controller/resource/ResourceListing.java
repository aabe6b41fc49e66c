package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceKey;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolKey;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.cluster.VolumeKey;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.DesiredState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One listing of resources with volumes, filtered by nodes, resources and storage pools.
 *
 * <p>Resources and volumes are both sorted by resource key, then node key, and volume
 * definitions by resource key, so one pass walks the three tables side by side instead of a
 * lookup per resource and per volume; lookups use the tables' keys instead of normalising names
 * again.
 */
final class ResourceListing {
    private final Set<String> nodeKeys;
    private final Set<String> resourceKeys;
    private final Set<String> poolKeys;
    private final ObservedState observed;

    ResourceListing(
            Collection<String> nodeNames,
            Collection<String> resourceNames,
            Collection<String> poolNames,
            ObservedState observed) {
        this.nodeKeys = ResourceService.keys(nodeNames);
        this.resourceKeys = ResourceService.keys(resourceNames);
        this.poolKeys = ResourceService.keys(poolNames);
        this.observed = observed;
    }

    List<ResourceView> list(DesiredState desired) {
        List<ResourceView> views = new ArrayList<>();
        Map<StoragePoolKey, StoragePool> pools = new HashMap<>();
        Map<String, String> poolNameKeys = new HashMap<>();
        Iterator<Map.Entry<VolumeKey, Volume>> volumeRows =
                desired.volumes().rows().entrySet().iterator();
        Map.Entry<VolumeKey, Volume> volumeRow = volumeRows.hasNext() ? volumeRows.next() : null;
        DefinitionWalk definitions = new DefinitionWalk(desired);
        for (Map.Entry<ResourceKey, Resource> row : desired.resources().rows().entrySet()) {
            ResourceKey key = row.getKey();
            while (volumeRow != null && before(volumeRow.getKey(), key)) {
                volumeRow = volumeRows.hasNext() ? volumeRows.next() : null;
            }
            List<VolumeView> volumes = new ArrayList<>();
            while (volumeRow != null && of(volumeRow.getKey(), key)) {
                if (matches(key)) {
                    VolumeView view = volume(
                            desired,
                            volumeRow.getKey(),
                            volumeRow.getValue(),
                            definitions.of(key.resourceKey()),
                            pools,
                            poolNameKeys);
                    if (view != null) {
                        volumes.add(view);
                    }
                }
                volumeRow = volumeRows.hasNext() ? volumeRows.next() : null;
            }
            if (matches(key) && (poolKeys.isEmpty() || !volumes.isEmpty())) {
                views.add(new ResourceView(
                        row.getValue(), volumes, observed.resourceByKeys(key.nodeKey(), key.resourceKey())));
            }
        }
        return views;
    }

    private boolean matches(ResourceKey key) {
        return (nodeKeys.isEmpty() || nodeKeys.contains(key.nodeKey()))
                && (resourceKeys.isEmpty() || resourceKeys.contains(key.resourceKey()));
    }

    /** True when the volume sorts before every volume of the resource. */
    private static boolean before(VolumeKey volume, ResourceKey resource) {
        int byResource = volume.resourceKey().compareTo(resource.resourceKey());
        return byResource < 0 || byResource == 0 && volume.nodeKey().compareTo(resource.nodeKey()) < 0;
    }

    /** True when the volume belongs to the resource. */
    private static boolean of(VolumeKey volume, ResourceKey resource) {
        return volume.resourceKey().equals(resource.resourceKey())
                && volume.nodeKey().equals(resource.nodeKey());
    }

    /** The view of a volume, or null when a pool filter leaves it out. */
    private VolumeView volume(
            DesiredState desired,
            VolumeKey key,
            Volume volume,
            List<VolumeDefinition> definitions,
            Map<StoragePoolKey, StoragePool> pools,
            Map<String, String> poolNameKeys) {
        String poolKey = poolNameKeys.computeIfAbsent(volume.storagePoolName(), Names::key);
        if (!poolKeys.isEmpty() && !poolKeys.contains(poolKey)) {
            return null;
        }
        VolumeDefinition definition = null;
        for (VolumeDefinition candidate : definitions) {
            if (candidate.volumeNumber() == key.volumeNumber()) {
                definition = candidate;
                break;
            }
        }
        StoragePool pool = pools.computeIfAbsent(
                new StoragePoolKey(key.nodeKey(), poolKey),
                poolRef -> desired.storagePools().get(poolRef));
        return new VolumeView(
                volume,
                definition == null ? -1 : definition.minorNumber(),
                pool == null ? null : pool.providerKind(),
                observed.volumeByKeys(key.nodeKey(), key.resourceKey(), key.volumeNumber()));
    }

    /**
     * The volume definitions of one resource definition after another, read in one pass over
     * their table: resources are visited in resource key order, so the walk never goes back.
     */
    private static final class DefinitionWalk {
        private final Iterator<Map.Entry<VolumeDefinitionKey, VolumeDefinition>> rows;
        private Map.Entry<VolumeDefinitionKey, VolumeDefinition> row;
        private String resourceKey;
        private final List<VolumeDefinition> current = new ArrayList<>();

        DefinitionWalk(DesiredState desired) {
            this.rows = desired.volumeDefinitions().rows().entrySet().iterator();
            this.row = rows.hasNext() ? rows.next() : null;
        }

        /** The volume definitions of {@code key}; keys must come in ascending order. */
        List<VolumeDefinition> of(String key) {
            if (key.equals(resourceKey)) {
                return current;
            }
            resourceKey = key;
            current.clear();
            while (row != null && row.getKey().resourceKey().compareTo(key) < 0) {
                row = rows.hasNext() ? rows.next() : null;
            }
            while (row != null && row.getKey().resourceKey().equals(key)) {
                current.add(row.getValue());
                row = rows.hasNext() ? rows.next() : null;
            }
            return current;
        }
    }
}
