package io.linstorj.satellite.drbd;

/**
 * The size of DRBD 9's internal metadata, which sits at the end of the backing disk: the storage
 * layer allocates {@link #backingSizeKib} so that the DRBD device offers the requested size.
 *
 * <p>Internal metadata is a 4 KiB superblock, a 32 KiB activity log and a bitmap of one bit per
 * 4 KiB block per peer slot, in 64-bit words, rounded up to 4 KiB (as {@code drbdmeta create-md}
 * lays it out).
 */
public final class DrbdMetadata {
    /** The peer slots of new metadata unless a resource has more peers (LINSTOR's default). */
    public static final int DEFAULT_PEER_SLOTS = 7;

    private static final long FIXED_KIB = 4 + 32;

    private DrbdMetadata() {}

    /**
     * The peer slots to create a resource's metadata with: {@value #DEFAULT_PEER_SLOTS}, or more
     * if it has more peers. They cannot change once the metadata exists.
     */
    public static int peerSlots(DrbdResource resource) {
        return Math.max(DEFAULT_PEER_SLOTS, resource.replicas().size() - 1);
    }

    /** The KiB internal metadata takes on a backing disk of {@code backingKib}. */
    public static long internalMetadataKib(long backingKib, int peerSlots) {
        DrbdNames.require(
                backingKib > 0 && peerSlots >= 1 && peerSlots <= DrbdNames.MAX_NODE_ID,
                "invalid metadata geometry: %s KiB, %s peer slots",
                backingKib,
                peerSlots);
        long blocks = ceilDiv(backingKib, 4);
        long bitmapBytes = ceilDiv(blocks, 64) * 8 * peerSlots;
        return FIXED_KIB + ceilDiv(bitmapBytes, 4096) * 4;
    }

    /**
     * The smallest backing disk size, a multiple of 4 KiB, that leaves at least {@code usableKib}
     * to the DRBD device after internal metadata for {@code peerSlots} peers.
     */
    public static long backingSizeKib(long usableKib, int peerSlots) {
        long backing = ceilDiv(usableKib + internalMetadataKib(usableKib, peerSlots), 4) * 4;
        while (backing - internalMetadataKib(backing, peerSlots) < usableKib) {
            backing += 4;
        }
        return backing;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
