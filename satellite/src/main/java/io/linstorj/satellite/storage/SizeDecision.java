package io.linstorj.satellite.storage;

/**
 * The plan step shared by all providers: compares a volume's size with the requested one.
 *
 * <p>Providers allocate in units (an LVM extent, a zvol block), so a volume may be larger than
 * requested by less than one unit; that counts as the requested size.
 */
public enum SizeDecision {
    /** The volume has the requested size. */
    KEEP,
    /** The volume is smaller and must grow. */
    GROW;

    /**
     * Decides what to do with a volume of {@code currentKib} when {@code requestedKib} is asked.
     *
     * @param unitKib the provider's allocation unit in KiB (1 where it allocates exactly)
     * @throws StorageException with {@link StorageProblem.Reason#SHRINK_REFUSED} if the volume is
     *     larger than the request rounded up to the unit
     */
    public static SizeDecision decide(String poolName, VolumeId id, long currentKib, long requestedKib, long unitKib) {
        if (currentKib < requestedKib) {
            return GROW;
        }
        if (currentKib <= roundUp(requestedKib, unitKib)) {
            return KEEP;
        }
        throw new StorageException(new StorageProblem(
                StorageProblem.Reason.SHRINK_REFUSED,
                "volume " + id.storageName() + " in storage pool '" + poolName + "' has " + currentKib
                        + " KiB; shrinking it to " + requestedKib + " KiB is refused",
                "shrinking a backing disk would destroy the data at its end",
                "request at least " + currentKib + " KiB, or delete the volume and create it anew"));
    }

    /** Returns {@code kib} rounded up to a multiple of {@code unitKib}. */
    public static long roundUp(long kib, long unitKib) {
        if (unitKib <= 0) {
            throw new IllegalArgumentException("allocation unit must be positive: " + unitKib);
        }
        return Math.addExact(kib, unitKib - 1) / unitKib * unitKib;
    }
}
