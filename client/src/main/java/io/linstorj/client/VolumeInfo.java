package io.linstorj.client;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A volume of a resource on one node as the controller lists it: where it is stored and what the
 * satellite last observed of it.
 *
 * @param resourceName the resource it belongs to
 * @param nodeName the node it is on
 * @param volumeNumber its number within the resource
 * @param storagePoolName the storage pool it is allocated from
 * @param providerKind the pool's provider kind
 * @param backingDisk the device or file that stores it, as observed; empty until reported
 * @param devicePath the device users open, e.g. {@code /dev/drbd1000}; empty until reported
 * @param diskState its disk state, e.g. {@code UpToDate}, {@code Diskless}; empty until reported
 * @param allocatedSizeKib the space it takes in KiB; empty until reported
 * @param minorNumber its DRBD minor; empty when not allocated
 * @param props its properties
 * @param flags its flags
 */
public record VolumeInfo(
        String resourceName,
        String nodeName,
        int volumeNumber,
        String storagePoolName,
        String providerKind,
        String backingDisk,
        String devicePath,
        String diskState,
        OptionalLong allocatedSizeKib,
        OptionalInt minorNumber,
        Map<String, String> props,
        List<String> flags) {

    /** Creates a view; lists and maps are copied. */
    public VolumeInfo {
        props = Map.copyOf(props);
        flags = List.copyOf(flags);
    }
}
