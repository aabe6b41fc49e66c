package io.linstorj.satellite.storage;

import java.util.Objects;

/**
 * The desired backing storage of one volume: which volume, and how large.
 *
 * @param id the volume
 * @param sizeKib the size its backing disk must have at least, in KiB
 */
public record VolumeSpec(VolumeId id, long sizeKib) {

    /** Creates a spec; the size must be positive. */
    public VolumeSpec {
        Objects.requireNonNull(id, "id");
        if (sizeKib <= 0) {
            throw new IllegalArgumentException("size of volume " + id + " must be positive: " + sizeKib);
        }
    }
}
