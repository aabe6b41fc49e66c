package io.linstorj.controller.cluster;

/**
 * Lookup key of a volume definition: resource key, then volume number.
 *
 * @param resourceKey the resource's name key
 * @param volumeNumber the volume number
 */
public record VolumeDefinitionKey(String resourceKey, int volumeNumber) implements Comparable<VolumeDefinitionKey> {
    /** The key of volume {@code volumeNumber} of resource {@code resourceName}. */
    public static VolumeDefinitionKey of(String resourceName, int volumeNumber) {
        return new VolumeDefinitionKey(Names.key(resourceName), volumeNumber);
    }

    /** The smallest key of the volume definitions of a resource. */
    public static VolumeDefinitionKey firstOf(String resourceName) {
        return new VolumeDefinitionKey(Names.key(resourceName), Integer.MIN_VALUE);
    }

    /** The key just after the volume definitions of a resource. */
    public static VolumeDefinitionKey after(String resourceName) {
        return new VolumeDefinitionKey(Names.key(resourceName) + '\0', Integer.MIN_VALUE);
    }

    @Override
    public int compareTo(VolumeDefinitionKey other) {
        // Field by field by hand: a Comparator chain costs several calls per comparison on hot lookups.
        int byResourceKey = resourceKey.compareTo(other.resourceKey);
        if (byResourceKey != 0) {
            return byResourceKey;
        }
        return Integer.compare(volumeNumber, other.volumeNumber);
    }
}
