package io.linstorj.client;

import org.jspecify.annotations.Nullable;

/**
 * Where a high-level {@link Resource} places its replicas: how many diskful ones, from which
 * storage pool, and whether the remaining nodes get diskless ones. Used by
 * {@link Resource#autoplace()} (all three) and {@link Resource#diskful(String)} (the pool).
 *
 * <p>A plain holder: setting a field calls no controller.
 */
public final class Placement {
    private @Nullable Integer redundancy;
    private @Nullable String storagePool;
    private boolean disklessOnRemaining;

    /** A placement that leaves everything to the controller's defaults. */
    public Placement() {}

    /** How many diskful replicas autoplace makes; null: the controller's default (its resource group's). */
    public @Nullable Integer getRedundancy() {
        return redundancy;
    }

    /**
     * Sets how many diskful replicas autoplace makes; null for the controller's default.
     *
     * @throws IllegalArgumentException if not positive
     */
    public void setRedundancy(@Nullable Integer redundancy) {
        if (redundancy != null && redundancy < 1) {
            throw new IllegalArgumentException("redundancy must be at least 1: " + redundancy);
        }
        this.redundancy = redundancy;
    }

    /** The storage pool diskful replicas are allocated from; null: the controller chooses. */
    public @Nullable String getStoragePool() {
        return storagePool;
    }

    /** Sets the storage pool diskful replicas are allocated from; null or empty: the controller chooses. */
    public void setStoragePool(@Nullable String storagePool) {
        this.storagePool = storagePool == null || storagePool.isBlank() ? null : storagePool;
    }

    /** Whether autoplace adds a diskless replica on every node it did not choose. */
    public boolean isDisklessOnRemaining() {
        return disklessOnRemaining;
    }

    /** Sets whether autoplace adds a diskless replica on every node it did not choose. */
    public void setDisklessOnRemaining(boolean disklessOnRemaining) {
        this.disklessOnRemaining = disklessOnRemaining;
    }

    /** The select filter of {@code AutoPlaceRsc} that this placement means. */
    AutoSelectFilter toFilter() {
        return AutoSelectFilter.builder()
                .placeCount(redundancy)
                .storagePool(storagePool)
                .disklessOnRemaining(disklessOnRemaining)
                .build();
    }

    /** The pool for a replica made diskful by hand; empty: the controller chooses. */
    String poolOrDefault() {
        return storagePool == null ? "" : storagePool;
    }

    @Override
    public String toString() {
        return "Placement{redundancy=" + redundancy + ", storagePool=" + storagePool + ", disklessOnRemaining="
                + disklessOnRemaining + "}";
    }
}
