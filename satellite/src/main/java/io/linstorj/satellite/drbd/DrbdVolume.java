package io.linstorj.satellite.drbd;

import java.util.Optional;

/**
 * One volume of a DRBD resource as the local node sees it.
 *
 * @param number the volume number, 0 to 65535, unique in the resource
 * @param minor the DRBD minor allocated by the controller ({@code /dev/drbd<minor>}), the same on
 *     every replica
 * @param sizeKib the usable size in KiB the volume definition asks for
 * @param backingDisk the local backing block device, empty when the local replica is diskless
 * @param initialSync how a local replica without metadata gets its data
 */
public record DrbdVolume(int number, int minor, long sizeKib, Optional<String> backingDisk, InitialSync initialSync) {
    /** Validates every field. */
    public DrbdVolume {
        DrbdNames.volumeNumber(number);
        DrbdNames.minor(minor);
        DrbdNames.require(sizeKib > 0, "invalid size of volume %s: %s KiB, must be positive", number, sizeKib);
        DrbdNames.require(backingDisk != null, "backingDisk of volume %s is null: use Optional.empty()", number);
        backingDisk.ifPresent(DrbdNames::diskPath);
        DrbdNames.require(initialSync != null, "initialSync of volume %s is missing", number);
    }

    /** A volume stored on the local backing device {@code backingDisk}. */
    public static DrbdVolume diskful(int number, int minor, long sizeKib, String backingDisk, InitialSync initialSync) {
        return new DrbdVolume(number, minor, sizeKib, Optional.of(backingDisk), initialSync);
    }

    /** A volume of a diskless local replica. */
    public static DrbdVolume diskless(int number, int minor, long sizeKib) {
        return new DrbdVolume(number, minor, sizeKib, Optional.empty(), InitialSync.fromPeer());
    }

    /** The same volume with another usable size, as after a volume definition grew. */
    public DrbdVolume withSizeKib(long newSizeKib) {
        return new DrbdVolume(number, minor, newSizeKib, backingDisk, initialSync);
    }
}
