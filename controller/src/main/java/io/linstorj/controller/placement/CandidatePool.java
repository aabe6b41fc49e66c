package io.linstorj.controller.placement;

import io.linstorj.controller.cluster.ProviderKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A storage pool of a candidate node as placement sees it: its kind and its capacity in KiB.
 *
 * <p>Thin pools are measured by over-subscription: they may provision up to
 * {@code totalCapacityKib × maxOversubscriptionRatio} KiB in all (LINSTOR's
 * {@code MaxOversubscriptionRatio} property, 20 unless set), and only while some space is free.
 * Thick pools must have the space free now. Example:
 * <pre>{@code
 * CandidatePool ssd = CandidatePool.of("ssd", ProviderKind.LVM, 900 * 1024, 1024 * 1024);
 * CandidatePool thin = new CandidatePool("thin", ProviderKind.LVM_THIN, 50 << 20, 100 << 20, 5.0);
 * }</pre>
 *
 * @param storagePoolName the pool's name, unique on its node
 * @param providerKind what backs the pool
 * @param freeCapacityKib space free now, in KiB
 * @param totalCapacityKib the pool's size, in KiB
 * @param maxOversubscriptionRatio how many times its total capacity a thin pool may provision;
 *     ignored for thick and diskless pools
 */
public record CandidatePool(
        String storagePoolName,
        ProviderKind providerKind,
        long freeCapacityKib,
        long totalCapacityKib,
        double maxOversubscriptionRatio) {

    /** LINSTOR's default for {@code MaxOversubscriptionRatio}. */
    public static final double DEFAULT_MAX_OVERSUBSCRIPTION_RATIO = 20.0;

    /** Checks the values; a negative capacity or ratio is a programming error. */
    public CandidatePool {
        Objects.requireNonNull(storagePoolName, "storagePoolName");
        Objects.requireNonNull(providerKind, "providerKind");
        if (storagePoolName.isBlank()) {
            throw new IllegalArgumentException("storage pool name is blank");
        }
        if (freeCapacityKib < 0 || totalCapacityKib < 0) {
            throw new IllegalArgumentException("negative capacity in pool '" + storagePoolName + "'");
        }
        if (!(maxOversubscriptionRatio >= 0) || Double.isInfinite(maxOversubscriptionRatio)) {
            throw new IllegalArgumentException("invalid over-subscription ratio " + maxOversubscriptionRatio
                    + " in pool '" + storagePoolName + "'");
        }
    }

    /** A pool with the default over-subscription ratio (20). */
    public static CandidatePool of(String name, ProviderKind kind, long freeCapacityKib, long totalCapacityKib) {
        return new CandidatePool(name, kind, freeCapacityKib, totalCapacityKib, DEFAULT_MAX_OVERSUBSCRIPTION_RATIO);
    }

    /**
     * What this pool lacks for a new replica of {@code requiredKib}, for people, or empty when the
     * replica fits: the rule placement applies to every pool it considers.
     *
     * @param provisionedKib what deployed resources already take from the pool (counted for thin
     *     pools only)
     */
    public Optional<String> shortfall(long requiredKib, long provisionedKib) {
        return Optional.ofNullable(PoolCapacity.shortfall(this, requiredKib, provisionedKib));
    }

    /**
     * How many KiB this thin pool may still provision: total capacity × ratio, less
     * {@code provisionedKib}; negative when already over-subscribed. The bound placement applies.
     */
    public long thinHeadroomKib(long provisionedKib) {
        return PoolCapacity.thinHeadroomKib(this, provisionedKib);
    }

    /** True when the pool allocates on write (see {@link ProviderKind#isThin()}). */
    public boolean thin() {
        return providerKind.isThin();
    }
}
