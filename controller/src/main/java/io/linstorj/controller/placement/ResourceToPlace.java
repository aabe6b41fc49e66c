package io.linstorj.controller.placement;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The resource to place: its name, the sizes of its volumes and the nodes that already hold it.
 *
 * <p>A new diskful replica needs room for all volumes in one pool. Existing diskful replicas count
 * towards the place count; no node that already holds a replica, diskful or diskless, gets another.
 *
 * @param resourceName the resource definition's name
 * @param volumeSizesKib the size of each volume definition, in KiB
 * @param diskfulNodes nodes that already hold a diskful replica
 * @param disklessNodes nodes that already hold a diskless replica (tie-breakers included)
 */
public record ResourceToPlace(
        String resourceName, List<Long> volumeSizesKib, Set<String> diskfulNodes, Set<String> disklessNodes) {

    /** Copies the collections; negative sizes are a programming error. */
    public ResourceToPlace {
        Objects.requireNonNull(resourceName, "resourceName");
        volumeSizesKib = List.copyOf(volumeSizesKib);
        diskfulNodes = Set.copyOf(diskfulNodes);
        disklessNodes = Set.copyOf(disklessNodes);
        for (long size : volumeSizesKib) {
            if (size < 0) {
                throw new IllegalArgumentException("negative volume size in '" + resourceName + "'");
            }
        }
    }

    /** A resource not deployed anywhere yet. */
    public static ResourceToPlace unplaced(String resourceName, List<Long> volumeSizesKib) {
        return new ResourceToPlace(resourceName, volumeSizesKib, Set.of(), Set.of());
    }

    /** The space one diskful replica needs: the sum of all volume sizes, in KiB. */
    public long requiredKib() {
        long sum = 0;
        for (long size : volumeSizesKib) {
            sum = Math.addExact(sum, size);
        }
        return sum;
    }
}
