package io.linstorj.satellite.storage;

import java.util.List;

/**
 * The provider of a diskless pool: it has no backing storage, so every step is a no-op and its
 * space never runs out.
 */
public final class DisklessProvider implements StorageProvider {

    private final String poolName;

    /** Creates the provider of the diskless pool {@code poolName}. */
    public DisklessProvider(String poolName) {
        this.poolName = poolName;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.DISKLESS;
    }

    @Override
    public String storagePoolName() {
        return poolName;
    }

    /** Returns {@link Change#NOOP} with a volume of type {@link BackingType#NONE}. */
    @Override
    public VolumeApplied createOrGrow(VolumeSpec spec) {
        return new VolumeApplied(Change.NOOP, new ProvidedVolume(spec.id(), "", 0, BackingType.NONE));
    }

    /** Returns {@link Change#NOOP}: there is nothing to remove. */
    @Override
    public Change delete(VolumeId id) {
        return Change.NOOP;
    }

    /** Returns {@link Capacity#unlimited()}. */
    @Override
    public Capacity capacity() {
        return Capacity.unlimited();
    }

    /** Returns an empty list: a diskless pool holds no storage. */
    @Override
    public List<ProvidedVolume> list() {
        return List.of();
    }

    /** Returns an empty list: a diskless pool is always usable. */
    @Override
    public List<StorageProblem> check() {
        return List.of();
    }
}
