package io.linstorj.satellite.storage;

import java.util.Objects;

/**
 * The result of {@link StorageProvider#createOrGrow}: what was done and what the volume is now.
 *
 * @param change {@link Change#CREATED}, {@link Change#UPDATED} or {@link Change#NOOP}
 * @param volume the volume's backing storage after the step
 */
public record VolumeApplied(Change change, ProvidedVolume volume) {

    /** Creates a result; a create-or-grow step never deletes. */
    public VolumeApplied {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(volume, "volume");
        if (change == Change.DELETED) {
            throw new IllegalArgumentException("creating or growing a volume cannot delete it");
        }
    }
}
