package io.linstorj.controller.capacity;

import java.util.List;

/**
 * The sizes query-size-info answers for one select filter.
 *
 * @param maxVolumeSizeKib the largest volume the next spawn could create, in KiB: the least room
 *     among the pools it would use (thin pools: free space × ratio, at most what the ratio still
 *     allows beside what is provisioned); 0 when it could not place
 * @param availableKib how much volume space, in KiB, replicas on distinct nodes could still take
 *     from the free space of the pools the filter allows (thin pools: free space now); 0 when the
 *     next spawn could not place
 * @param capacityKib the same over the pools' total capacities
 * @param defaultMaxOversubscriptionRatio the controller's {@code MaxOversubscriptionRatio}, 20 unless set
 * @param nextSpawn where the next spawn's diskful replicas would go
 */
public record SpaceInfo(
        long maxVolumeSizeKib,
        long availableKib,
        long capacityKib,
        double defaultMaxOversubscriptionRatio,
        List<SpawnTarget> nextSpawn) {

    /** Copies the list. */
    public SpaceInfo {
        nextSpawn = List.copyOf(nextSpawn);
    }
}
