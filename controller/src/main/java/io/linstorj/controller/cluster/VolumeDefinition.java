package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A volume definition of a resource definition: number, size and DRBD minor.
 *
 * @param resourceName resource name as created
 * @param volumeNumber volume number (0, 1, ...)
 * @param sizeKib usable size in KiB
 * @param minorNumber DRBD minor number
 * @param props properties
 * @param flags LINSTOR flags
 * @param uuid identity
 */
public record VolumeDefinition(
        String resourceName,
        int volumeNumber,
        long sizeKib,
        int minorNumber,
        Map<String, String> props,
        Set<String> flags,
        UUID uuid) {

    /** Creates a definition; collections are copied. */
    public VolumeDefinition {
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** Returns a copy with another size. */
    public VolumeDefinition withSizeKib(long newSizeKib) {
        return new VolumeDefinition(resourceName, volumeNumber, newSizeKib, minorNumber, props, flags, uuid);
    }

    /** Returns a copy with other properties. */
    public VolumeDefinition withProps(Map<String, String> newProps) {
        return new VolumeDefinition(resourceName, volumeNumber, sizeKib, minorNumber, newProps, flags, uuid);
    }

    /** The lookup key of this definition. */
    public VolumeDefinitionKey key() {
        return VolumeDefinitionKey.of(resourceName, volumeNumber);
    }
}
