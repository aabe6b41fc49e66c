package io.linstorj.client;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The live volume map of a {@link Resource}: puts and removes reach the controller at once when
 * the resource's definition exists, and wait for autoplace otherwise.
 */
final class ResourceVolumes extends AbstractMap<Integer, Volume> {
    private final Resource resource;
    private final Map<Integer, Volume> volumes = new TreeMap<>();

    ResourceVolumes(Resource resource) {
        this.resource = resource;
    }

    @Override
    public Set<Map.Entry<Integer, Volume>> entrySet() {
        return Collections.unmodifiableMap(volumes).entrySet();
    }

    @Override
    public @Nullable Volume get(@Nullable Object key) {
        return volumes.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return volumes.containsKey(key);
    }

    /**
     * Adds volume {@code number}; creates its volume definition at once when the resource's
     * definition exists.
     *
     * @throws IllegalArgumentException if the number is negative
     * @throws IllegalStateException if the volume belongs elsewhere, or volume {@code number}
     *     exists on the controller already
     */
    @Override
    public @Nullable Volume put(Integer number, Volume volume) {
        Objects.requireNonNull(number, "volume number");
        Objects.requireNonNull(volume, "volume");
        if (number < 0) {
            throw new IllegalArgumentException("volume number must not be negative: " + number);
        }
        Volume previous = volumes.get(number);
        if (previous == volume) {
            return previous;
        }
        volume.requireUnattached();
        if (previous != null && previous.isDefinedOnController()) {
            throw new IllegalStateException("volume " + number + " of resource '" + resource.getName()
                    + "' exists; resize it with getVolumes().get(" + number + ").setSize(...), or remove it first");
        }
        boolean defineNow = resource.isDefinedOnController();
        if (defineNow) {
            resource.createVolumeDefinition(number, volume.localSize());
        }
        volume.attach(resource, number, defineNow);
        if (previous != null) {
            previous.detach();
        }
        volumes.put(number, volume);
        return previous;
    }

    /** Removes a volume; deletes its volume definition at once when it exists on the controller. */
    @Override
    public @Nullable Volume remove(@Nullable Object key) {
        Volume volume = volumes.get(key);
        if (volume == null) {
            return null;
        }
        Integer number = (Integer) key;
        if (volume.isDefinedOnController()) {
            resource.deleteVolumeDefinition(number);
        }
        volumes.remove(number);
        volume.detach();
        return volume;
    }

    @Override
    public void clear() {
        for (Integer number : List.copyOf(volumes.keySet())) {
            remove(number);
        }
    }

    /** The volumes not yet defined on the controller, by number. */
    List<Map.Entry<Integer, Volume>> pending() {
        return volumes.entrySet().stream()
                .filter(entry -> !entry.getValue().isDefinedOnController())
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList();
    }

    /**
     * Follows the controller's volume definitions: adds and updates them, drops volumes defined
     * before that are gone. Without a definition every volume is pending again.
     */
    void sync(Optional<ResourceDefinitionInfo> definition) {
        if (definition.isEmpty()) {
            volumes.values().forEach(volume -> volume.markDefined(false));
            return;
        }
        Map<Integer, Long> sizesKib = new HashMap<>();
        definition.get().volumeDefinitions().forEach(dfn -> sizesKib.put(dfn.volumeNumber(), dfn.sizeKib()));
        for (Iterator<Map.Entry<Integer, Volume>> it = volumes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Volume> entry = it.next();
            if (entry.getValue().isDefinedOnController() && !sizesKib.containsKey(entry.getKey())) {
                entry.getValue().detach();
                it.remove();
            }
        }
        sizesKib.forEach((number, sizeKib) -> {
            Volume volume = volumes.computeIfAbsent(number, n -> {
                Volume read = new Volume(SizeCalc.kibToBytes(sizeKib));
                read.attach(resource, n, true);
                return read;
            });
            volume.updateFromController(SizeCalc.kibToBytes(sizeKib));
        });
    }
}
