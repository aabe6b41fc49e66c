package io.linstorj.controller.capacity;

import java.util.List;

/**
 * One way to place the replicas: pools of one storage pool definition on distinct nodes, as the
 * placer would choose them, and the largest volume they can all hold now.
 *
 * @param storagePoolName the storage pool definition of every chosen pool
 * @param maxVolumeSizeKib the least free space among the chosen pools, in KiB; for thin pools
 *     the space free now (clients multiply it by the over-subscription ratio when {@code allThin})
 * @param nodeNames the chosen nodes, best ranked first
 * @param allThin true when every chosen pool is thin
 */
public record MaxVolumeSizeCandidate(
        String storagePoolName, long maxVolumeSizeKib, List<String> nodeNames, boolean allThin) {

    /** Copies the list. */
    public MaxVolumeSizeCandidate {
        nodeNames = List.copyOf(nodeNames);
    }
}
