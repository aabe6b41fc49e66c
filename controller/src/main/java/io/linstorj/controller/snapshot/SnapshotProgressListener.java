package io.linstorj.controller.snapshot;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;

/**
 * Hears how the taking of snapshots stands (for events). Called on the coordinator's thread, or
 * on the thread that committed a deletion; must not block.
 */
public interface SnapshotProgressListener {
    /** Where a snapshot on all its nodes stands. */
    enum Stage {
        /** Every node suspends I/O. */
        SUSPENDING,
        /** Every node suspended I/O and takes its copies. */
        TAKING,
        /** Taken on every node and recorded SUCCESSFUL. */
        SUCCESSFUL,
        /** Given up and recorded failed: no node holds copies of it. */
        FAILED
    }

    /** The snapshot reached {@code stage}; {@code reports} say why when it failed. */
    void progressed(String resourceName, String snapshotName, Stage stage, List<ApiCallRc> reports);

    /** The snapshot definition was deleted. */
    void removed(String resourceName, String snapshotName);
}
