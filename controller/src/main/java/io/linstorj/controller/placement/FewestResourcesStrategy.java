package io.linstorj.controller.placement;

/**
 * Prefers the node with the fewest deployed resources, like LINSTOR's {@code MinRscCount}
 * strategy; spreads replicas evenly when pools differ little in size.
 */
public final class FewestResourcesStrategy implements PlacementStrategy {

    /** Scores a pool by minus the number of resources on its node. */
    @Override
    public double score(PoolOption option) {
        return -option.node().resources().size();
    }
}
