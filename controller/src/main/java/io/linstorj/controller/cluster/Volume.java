package io.linstorj.controller.cluster;

import java.util.Map;
import java.util.UUID;

/**
 * A volume of a resource, as desired: which storage pool backs it. What the satellite observes
 * (backing disk, device path, disk state) lives in the observed state.
 *
 * @param resourceName resource name as created
 * @param nodeName node name as created
 * @param volumeNumber volume number
 * @param storagePoolName the storage pool backing it (a DISKLESS pool for diskless replicas)
 * @param props properties
 * @param uuid identity
 */
public record Volume(
        String resourceName,
        String nodeName,
        int volumeNumber,
        String storagePoolName,
        Map<String, String> props,
        UUID uuid) {

    /** Creates a volume; the properties are copied. */
    public Volume {
        props = Props.copyOf(props);
    }

    /** The lookup key of this volume. */
    public VolumeKey key() {
        return VolumeKey.of(resourceName, nodeName, volumeNumber);
    }
}
