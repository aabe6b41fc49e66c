package io.linstorj.satellite.storage;

/**
 * The space of a storage pool, in KiB.
 *
 * @param freeKib the space left for new volumes or growth
 * @param totalKib the pool's whole size
 */
public record Capacity(long freeKib, long totalKib) {

    /** Creates a capacity; sizes are not negative and free space does not exceed the total. */
    public Capacity {
        if (freeKib < 0 || totalKib < 0 || freeKib > totalKib) {
            throw new IllegalArgumentException("invalid capacity: free " + freeKib + " KiB of " + totalKib + " KiB");
        }
    }

    /**
     * Returns the capacity of a pool that never runs out (a diskless pool); both values are
     * {@link Long#MAX_VALUE}, LINSTOR's {@code VAL_STOR_POOL_SPACE_ENOUGH}.
     */
    public static Capacity unlimited() {
        return new Capacity(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Returns true for {@link #unlimited()}. */
    public boolean isUnlimited() {
        return totalKib == Long.MAX_VALUE;
    }
}
