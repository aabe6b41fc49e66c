package io.linstorj.satellite.plan;

import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.VolumeId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pass observed of one desired storage pool.
 *
 * @param name     the pool
 * @param volumes  the LinstorJ volumes it holds (those its provider can tell are ours)
 * @param unusable why the pool cannot be used now; empty when it can
 */
public record ObservedPool(String name, Map<VolumeId, ProvidedVolume> volumes, Optional<String> unusable) {

    /** Creates a value; the map is copied. */
    public ObservedPool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unusable, "unusable");
        volumes = Map.copyOf(volumes);
    }

    /** A usable pool holding {@code volumes}. */
    public static ObservedPool usable(String name, Map<VolumeId, ProvidedVolume> volumes) {
        return new ObservedPool(name, volumes, Optional.empty());
    }

    /** A pool that cannot be used now, for the reason {@code why}; what it holds is unknown. */
    public static ObservedPool unusable(String name, String why) {
        return new ObservedPool(name, Map.of(), Optional.of(why));
    }

    /** True when the pool can be used now. */
    public boolean isUsable() {
        return unusable.isEmpty();
    }
}
