package io.linstorj.controller.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much volume space pools can take when every volume needs {@code replicas} of them, as
 * LINSTOR's query-size-info reckons it: take the {@code replicas} largest pools, fill them to the
 * smallest of the lot, drop the pools that are full, and repeat while enough are left.
 *
 * <p>Pools on one filesystem (local clusters) report the same space each; this greedy reckoning
 * then counts that space once for a group of {@code replicas} pools, as LINSTOR does.
 */
final class Packing {
    private Packing() {}

    /** The volume space, in KiB, that {@code sizesKib} offer to volumes of {@code replicas} replicas. */
    static long fill(List<Long> sizesKib, int replicas) {
        List<Long> left = new ArrayList<>();
        for (long size : sizesKib) {
            if (size > 0) {
                left.add(size);
            }
        }
        long total = 0;
        // Each round empties at least one pool, so there are at most as many rounds as pools.
        while (replicas > 0 && left.size() >= replicas) {
            left.sort(Comparator.reverseOrder());
            long step = left.get(replicas - 1);
            total = total > Long.MAX_VALUE - step ? Long.MAX_VALUE : total + step;
            for (int i = 0; i < replicas; i++) {
                left.set(i, left.get(i) - step);
            }
            left.removeIf(size -> size == 0);
        }
        return total;
    }
}
