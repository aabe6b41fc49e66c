package io.linstorj.controller.cluster;

/**
 * Lookup key of a volume group: resource group key, then volume number.
 *
 * @param groupKey the resource group's name key
 * @param volumeNumber the volume number
 */
public record VolumeGroupKey(String groupKey, int volumeNumber) implements Comparable<VolumeGroupKey> {
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
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byGroupKey = groupKey.compareTo(other.groupKey);
        if (byGroupKey != 0) {
            return byGroupKey;
        }
        return Integer.compare(volumeNumber, other.volumeNumber);
    }
}
