package io.linstorj.controller.cluster;

import java.util.Comparator;

/**
 * Lookup key of a volume group: resource group key, then volume number.
 *
 * @param groupKey the resource group's name key
 * @param volumeNumber the volume number
 */
public record VolumeGroupKey(String groupKey, int volumeNumber) implements Comparable<VolumeGroupKey> {
    private static final Comparator<VolumeGroupKey> ORDER =
        Comparator.comparing(VolumeGroupKey::groupKey).thenComparingInt(VolumeGroupKey::volumeNumber);

    /** The key of volume group {@code volumeNumber} of resource group {@code groupName}. */
    public static VolumeGroupKey of(String groupName, int volumeNumber) {
        return new VolumeGroupKey(Names.key(groupName), volumeNumber);
    }

    /** The smallest key of the volume groups of a resource group. */
    public static VolumeGroupKey firstOf(String groupName) {
        return new VolumeGroupKey(Names.key(groupName), Integer.MIN_VALUE);
    }

    /** The key just after the volume groups of a resource group. */
    public static VolumeGroupKey after(String groupName) {
        return new VolumeGroupKey(Names.key(groupName) + '\0', Integer.MIN_VALUE);
    }

    @Override
    public int compareTo(VolumeGroupKey other) {
        return ORDER.compare(this, other);
    }
}
