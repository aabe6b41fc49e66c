package io.linstorj.controller.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A volume group of a resource group: the template of the volume definition with the same
 * number that a spawn creates (its properties are copied into it).
 *
 * @param resourceGroupName the resource group's name as created
 * @param volumeNumber volume number (0, 1, ...)
 * @param props properties
 * @param flags LINSTOR flags
 * @param uuid identity
 */
public record VolumeGroup(
        String resourceGroupName, int volumeNumber, Map<String, String> props, Set<String> flags, UUID uuid) {

    /** Creates a volume group; collections are copied. */
    public VolumeGroup {
        props = Props.copyOf(props);
        flags = Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }

    /** Returns a copy with other properties. */
    public VolumeGroup withProps(Map<String, String> newProps) {
        return new VolumeGroup(resourceGroupName, volumeNumber, newProps, flags, uuid);
    }

    /** The lookup key of this volume group. */
    public VolumeGroupKey key() {
        return VolumeGroupKey.of(resourceGroupName, volumeNumber);
    }
}
