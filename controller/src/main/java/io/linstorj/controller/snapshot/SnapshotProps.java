package io.linstorj.controller.snapshot;

/**
 * Internal properties through which the desired state tells satellites to start a volume from a
 * snapshot or to roll a replica back to one, and which say why a snapshot failed. Users cannot set them: they lie in the Internal
 * namespace, which the property rules refuse.
 */
public final class SnapshotProps {
    /** Volume property: the new volume starts with the content of {@code <resource>/<snapshot>}. */
    public static final String RESTORE_FROM = "Internal/Snapshot/RestoreFrom";
    /**
     * Resource property: the replica's volumes go back to {@code <snapshot>/<rollback id>}; the
     * satellite rolls back once per id.
     */
    public static final String ROLLBACK = "Internal/Snapshot/Rollback";

    /**
     * Snapshot definition property: why the snapshot could not be taken (set with
     * FAILED_DEPLOYMENT or FAILED_DISCONNECT).
     */
    public static final String FAILURE = "Internal/Snapshot/Failure";

    private SnapshotProps() {}

    /** The value of {@link #RESTORE_FROM} for a snapshot. */
    public static String restoreFrom(String resourceName, String snapshotName) {
        return resourceName + "/" + snapshotName;
    }

    /** The value of {@link #ROLLBACK} for one rollback to a snapshot. */
    public static String rollback(String snapshotName, String rollbackId) {
        return snapshotName + "/" + rollbackId;
    }
}
