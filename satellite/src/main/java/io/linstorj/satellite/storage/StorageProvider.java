package io.linstorj.satellite.storage;

import java.util.List;

/**
 * The backing storage of one storage pool on this node: it creates, grows and deletes the
 * volumes' backing disks and reports the pool's space and health.
 *
 * <p>Every step is idempotent and may be repeated after a crash or a restart: a provider keeps no
 * state of its own but looks at the node each time. Calls for one volume must not run
 * concurrently; the reconciler runs one step per volume at a time.
 * <pre>{@code
 * StorageProvider pool = factory.create("pool1", ProviderKind.LVM,
 *     Map.of("StorDriver/StorPoolName", "vg0"), PoolOwner.of("alpha"));
 * VolumeApplied applied = pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 1_048_576));
 * applied.volume().backingDisk();   // "/dev/vg0/web_00000"
 * }</pre>
 */
public interface StorageProvider {

    /** Returns the kind of storage this provider manages. */
    ProviderKind kind();

    /** Returns the name of the storage pool (as the controller knows it) this provider serves. */
    String storagePoolName();

    /**
     * Prepares the pool for use before its volumes are listed or changed, e.g. marks a FILE pool's
     * directory as this pool's; idempotent, and a no-op for providers that need nothing.
     *
     * @return {@link Change#CREATED} if something was set up now, else {@link Change#NOOP}
     * @throws StorageException if the pool is unusable, e.g. its storage belongs to another pool
     */
    default Change prepare() {
        return Change.NOOP;
    }

    /**
     * Makes the volume's backing disk exist with at least the requested size: creates it if it is
     * absent ({@link Change#CREATED}), grows it if it is smaller ({@link Change#UPDATED}), and
     * leaves it alone if it already has the size, up to the provider's allocation unit
     * ({@link Change#NOOP}).
     *
     * @throws StorageException if the pool is unusable (see {@link #check()}), if the volume is
     *     larger than requested (volumes are never shrunk), if storage with the volume's name exists
     *     that LinstorJ did not create, or if a command failed; a failed create leaves nothing
     *     behind where the tool allows
     */
    VolumeApplied createOrGrow(VolumeSpec spec);

    /**
     * Removes the volume's backing disk and everything attached to it.
     *
     * @return {@link Change#DELETED}, or {@link Change#NOOP} if there was nothing to remove
     * @throws StorageException if the pool is unusable or the removal failed; the volume may then
     *     be partly removed, and a repeated call completes it
     */
    Change delete(VolumeId id);

    /**
     * Lets go of what the volume holds on this node without touching its data, e.g. a loop device
     * attached to its file, so that a stopped satellite leaves no attachment behind; the next
     * {@link #createOrGrow} takes it up again.
     *
     * @return {@link Change#UPDATED} if something was released, else {@link Change#NOOP}
     * @throws StorageException if the pool is unusable or releasing failed
     */
    default Change release(VolumeId id) {
        return Change.NOOP;
    }

    /**
     * Returns the pool's free and total space.
     *
     * @throws StorageException if the pool is unusable
     */
    Capacity capacity();

    /**
     * Returns the volumes in this pool that LinstorJ created, so that the reconciler can remove
     * the ones nobody wants any more. Storage that LinstorJ did not create is never listed.
     *
     * @throws StorageException if the pool is unusable
     */
    List<ProvidedVolume> list();

    /**
     * Takes a storage snapshot of the volume: a copy of its backing disk as it is now. The caller
     * suspends I/O on the volume's DRBD resource around it. Idempotent: a complete snapshot that
     * exists is kept ({@link Change#NOOP}); a snapshot never is half there (a crash leaves none).
     *
     * @return {@link Change#CREATED} if it was taken now, else {@link Change#NOOP}
     * @throws StorageException if the provider takes no snapshots ({@link StorageProblem.Reason#UNSUPPORTED}),
     *     the volume does not exist, storage with the snapshot's name exists that this pool did not
     *     create, or the copy failed (then nothing of it is left)
     */
    default Change createSnapshot(SnapshotId id) {
        throw new StorageException(snapshotsUnsupported());
    }

    /**
     * Deletes a snapshot this pool took, freeing its space; storage it did not create is left alone.
     *
     * @return {@link Change#DELETED}, or {@link Change#NOOP} if there was none
     * @throws StorageException with {@link StorageProblem.Reason#IN_USE} if other storage depends on
     *     the snapshot (a ZFS snapshot that restored volumes were cloned from), which then stays
     */
    default Change deleteSnapshot(SnapshotId id) {
        return Change.NOOP;
    }

    /** Returns the complete snapshots this pool took (none for providers without snapshots). */
    default List<SnapshotId> listSnapshots() {
        return List.of();
    }

    /**
     * Creates the volume {@code spec} names, which must not exist yet, with the content of the
     * snapshot {@code source} of this pool, grown to the size asked for; then it is a volume as
     * {@link #createOrGrow} makes one. An existing volume is left as {@link #createOrGrow} leaves it.
     *
     * @throws StorageException as {@link #createSnapshot}, or if the snapshot does not exist here
     */
    default VolumeApplied restoreVolume(VolumeSpec spec, SnapshotId source) {
        throw new StorageException(snapshotsUnsupported());
    }

    /**
     * Puts the content of the snapshot back into its volume, replacing what the volume holds.
     * The caller took the volume's DRBD resource down; attachments of the volume are released.
     *
     * @throws StorageException as {@link #restoreVolume}; the volume is then unchanged
     */
    default Change rollback(SnapshotId id) {
        throw new StorageException(snapshotsUnsupported());
    }

    /** Why this provider takes no snapshots. */
    default StorageProblem snapshotsUnsupported() {
        String pool = "storage pool '" + storagePoolName() + "' of kind " + kind();
        return switch (kind()) {
            case LVM ->
                new StorageProblem(
                        StorageProblem.Reason.UNSUPPORTED,
                        pool + " cannot take snapshots",
                        "thick LVM volumes have no cheap point-in-time copies; LINSTOR refuses them too",
                        "use a FILE, FILE_THIN, LVM_THIN, ZFS or ZFS_THIN pool for resources that need snapshots");
            case DISKLESS ->
                new StorageProblem(
                        StorageProblem.Reason.UNSUPPORTED,
                        pool + " cannot take snapshots",
                        "a diskless pool holds no data",
                        "snapshot a diskful replica");
            default ->
                new StorageProblem(
                        StorageProblem.Reason.UNSUPPORTED,
                        pool + ": this provider takes no snapshots",
                        "it does not implement them",
                        "use a FILE, FILE_THIN, LVM_THIN, ZFS or ZFS_THIN pool");
        };
    }

    /**
     * Returns the reasons this pool cannot be used right now (missing tools, missing volume group,
     * zpool or directory, no write access); empty if it is usable. Never throws for a problem of
     * the pool: problems are the answer.
     */
    List<StorageProblem> check();
}
