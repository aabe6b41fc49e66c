package io.linstorj.controller.cluster;

import java.util.Comparator;

/**
 * Lookup key of a volume definition: resource key, then volume number.
 *
 * @param resourceKey the resource's name key
 * @param volumeNumber the volume number
 */
public record VolumeDefinitionKey(String resourceKey, int volumeNumber) implements Comparable<VolumeDefinitionKey> {
    private static final Comparator<VolumeDefinitionKey> ORDER =
        Comparator.comparing(VolumeDefinitionKey::resourceKey).thenComparingInt(VolumeDefinitionKey::volumeNumber);

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
        return ORDER.compare(this, other);
    }
}
