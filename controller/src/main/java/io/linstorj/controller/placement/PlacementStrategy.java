package io.linstorj.controller.placement;

/**
 * Rates the pools that can take a new replica; placement prefers higher scores.
 *
 * <p>Each node offers its best-rated pool, and nodes are ranked by that score. Equal scores fall
 * back to the node name, then the pool name, so a decision never depends on input order. The
 * default is {@link MostFreeSpaceStrategy}. A strategy must be pure: same option, same score.
 * <pre>{@code
 * Placer placer = new Placer(option -> -option.node().resources().size()); // fewest resources
 * }</pre>
 */
@FunctionalInterface
public interface PlacementStrategy {

    /**
     * The score of placing a replica into {@code option}'s pool; a finite number, higher is better.
     */
    double score(PoolOption option);
}
