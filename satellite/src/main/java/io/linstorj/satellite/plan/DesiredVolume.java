package io.linstorj.satellite.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One volume of a desired resource.
 *
 * @param volumeNumber        the volume's number in its resource
 * @param sizeKib             the usable size DRBD offers, in KiB
 * @param minor               its DRBD minor
 * @param storagePoolName     the pool of its backing storage; empty for diskless replicas
 * @param initialGenerationId set while no replica held data yet: a replica made now starts
 *                            UpToDate with it; empty: sync from a peer
 * @param restoreFrom         a snapshot on this node whose content a volume made now starts with
 */
public record DesiredVolume(
        int volumeNumber,
        long sizeKib,
        int minor,
        String storagePoolName,
        Optional<String> initialGenerationId,
        Optional<RestoreSource> restoreFrom) {

    /** Creates a value. */
    public DesiredVolume {
        Objects.requireNonNull(storagePoolName, "storagePoolName");
        Objects.requireNonNull(initialGenerationId, "initialGenerationId");
        Objects.requireNonNull(restoreFrom, "restoreFrom");
    }

    /**
     * The snapshot a new volume is restored from, in the volume's own pool.
     *
     * @param resourceName the resource the snapshot is of
     * @param snapshotName the snapshot
     */
    public record RestoreSource(String resourceName, String snapshotName) {
        /** Creates a value. */
        public RestoreSource {
            Objects.requireNonNull(resourceName, "resourceName");
            Objects.requireNonNull(snapshotName, "snapshotName");
        }
    }
}
