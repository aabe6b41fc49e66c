package io.linstorj.controller.placement;

/**
 * Prefers the pool with the most free space: LINSTOR's {@code MaxFreeSpace} strategy and the
 * default of {@link Placer}.
 */
public final class MostFreeSpaceStrategy implements PlacementStrategy {

    /** Scores a pool by its free capacity in KiB. */
    @Override
    public double score(PoolOption option) {
        return option.pool().freeCapacityKib();
    }
}
