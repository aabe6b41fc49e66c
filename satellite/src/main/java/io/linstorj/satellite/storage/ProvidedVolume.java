package io.linstorj.satellite.storage;

import java.util.Objects;

/**
 * A volume's backing storage as a provider observed it.
 *
 * @param id the volume
 * @param backingDisk the path of the backing disk ({@code /dev/vg0/r_00000}, {@code /dev/loop3},
 *     the file itself); empty for {@link BackingType#NONE}
 * @param allocatedSizeKib the size the provider allocated, in KiB: at least the requested size,
 *     rounded up to the provider's unit (LVM extent, zvol block); 0 for a diskless volume
 * @param backingType what {@code backingDisk} is
 */
public record ProvidedVolume(VolumeId id, String backingDisk, long allocatedSizeKib, BackingType backingType) {

    /** Creates a value; only a diskless volume lacks a backing disk. */
    public ProvidedVolume {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(backingDisk, "backingDisk");
        Objects.requireNonNull(backingType, "backingType");
        if (backingDisk.isEmpty() != (backingType == BackingType.NONE)) {
            throw new IllegalArgumentException(
                    "a volume has a backing disk unless it is diskless: " + backingType + " '" + backingDisk + "'");
        }
    }
}
