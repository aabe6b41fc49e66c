package io.linstorj.controller.observed;

import java.util.OptionalLong;

/**
 * What a satellite last reported about a volume of a resource.
 *
 * @param backingDisk the storage device or file under DRBD, empty if none
 * @param devicePath the DRBD device path (/dev/drbd1000), empty if none
 * @param diskState DRBD disk state (UpToDate, Diskless, ...), empty if unknown
 * @param allocatedSizeKib allocated size in KiB, if known
 */
public record VolumeObservation(
        String backingDisk, String devicePath, String diskState, OptionalLong allocatedSizeKib) {}
