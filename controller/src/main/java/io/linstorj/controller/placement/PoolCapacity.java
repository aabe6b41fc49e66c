package io.linstorj.controller.placement;

/**
 * Whether a pool has room for a new replica: thick pools by free space, thin pools by
 * over-subscription (total × ratio − provisioned) while some space is still free.
 */
final class PoolCapacity {
    private PoolCapacity() {}

    /**
     * What the pool lacks for a replica of {@code requiredKib}, for people, or null when it fits.
     *
     * @param provisionedKib what deployed resources already take from the pool (thin pools only)
     */
    static String shortfall(CandidatePool pool, long requiredKib, long provisionedKib) {
        String name = pool.storagePoolName();
        if (!pool.thin()) {
            return pool.freeCapacityKib() >= requiredKib
                    ? null
                    : "pool '" + name + "' has " + Sizes.format(pool.freeCapacityKib()) + " free, needs "
                            + Sizes.format(requiredKib);
        }
        if (pool.freeCapacityKib() <= 0) {
            return "thin pool '" + name + "' has no free space";
        }
        long headroom = thinHeadroomKib(pool, provisionedKib);
        if (headroom >= requiredKib) {
            return null;
        }
        return "thin pool '" + name + "' can provision " + (headroom > 0 ? Sizes.format(headroom) : "nothing")
                + " more (" + Sizes.ratio(pool.maxOversubscriptionRatio()) + " × "
                + Sizes.format(pool.totalCapacityKib())
                + " minus " + Sizes.format(provisionedKib) + " provisioned), needs " + Sizes.format(requiredKib);
    }

    /** How many KiB a thin pool may still provision; negative when already over-subscribed. */
    static long thinHeadroomKib(CandidatePool pool, long provisionedKib) {
        double allowed = Math.floor(pool.totalCapacityKib() * pool.maxOversubscriptionRatio());
        return (long) Math.min(allowed, Long.MAX_VALUE) - provisionedKib;
    }
}
