package io.linstorj.controller.placement;

/**
 * A storage pool that can take a new replica, as a {@link PlacementStrategy} rates it.
 *
 * @param node the pool's node
 * @param pool the pool
 * @param requiredKib what the new replica needs, in KiB
 * @param provisionedKib what the node's deployed resources already take from the pool, in KiB
 *     (counted for thin pools only; 0 for thick ones, whose free space already reflects it)
 */
public record PoolOption(PlacementCandidate node, CandidatePool pool, long requiredKib, long provisionedKib) {}
