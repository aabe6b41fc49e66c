package io.linstorj.satellite.plan;

import io.linstorj.satellite.storage.VolumeId;
import java.util.Objects;

/**
 * A volume in a named storage pool.
 *
 * @param pool the pool
 * @param id   the volume
 */
public record PoolVolume(String pool, VolumeId id) {
    /** Creates a value. */
    public PoolVolume {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(id, "id");
    }
}
