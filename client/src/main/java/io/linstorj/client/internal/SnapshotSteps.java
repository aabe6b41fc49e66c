package io.linstorj.client.internal;

import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.protocol.ApiCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The high-level snapshot operations of one resource as steps of low-level calls, each checked:
 * a refused step raises {@link io.linstorj.client.LinstorApiCallError} with the controller's
 * entries.
 */
public final class SnapshotSteps {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSteps.class);

    private final Linstor lin;
    private final String resource;

    /** The steps for resource {@code resource} through {@code lin}. */
    public SnapshotSteps(Linstor lin, String resource) {
        this.lin = lin;
        this.resource = resource;
    }

    /** Takes snapshot {@code snapshot} on every node with a diskful replica. */
    public void take(String snapshot) {
        Replies.requireNoError(ApiCalls.CRT_SNAPSHOT, lin.snapshotCreate(resource, snapshot));
    }

    /**
     * Restores snapshot {@code snapshot} as the new resource {@code target}: its definition, the
     * snapshot's volume definitions, replicas on the snapshot's nodes. When a later step is
     * refused, the definition this created is deleted again, so that a failure leaves nothing.
     */
    public void restoreAs(String snapshot, String target) {
        Replies.requireNoError(ApiCalls.CRT_RSC_DFN, lin.resourceDfnCreate(target));
        try {
            Replies.requireNoError("RestoreVlmDfn", lin.snapshotVolumeDfnRestore(resource, snapshot, target));
            Replies.requireNoError("RestoreRsc", lin.snapshotRestore(resource, snapshot, target));
        } catch (LinstorError e) {
            try {
                lin.resourceDfnDelete(target);
            } catch (LinstorError cleanup) {
                e.addSuppressed(cleanup);
                LOG.warn(
                        "restoring '{}' from snapshot '{}' of '{}' failed and '{}' could not be deleted again: {}",
                        target,
                        snapshot,
                        resource,
                        target,
                        cleanup.getMessage());
            }
            throw e;
        }
    }

    /** Puts every replica back to snapshot {@code snapshot}. */
    public void rollback(String snapshot) {
        Replies.requireNoError("RollbackSnapshot", lin.snapshotRollback(resource, snapshot));
    }

    /** Starts cloning the resource into the new resource {@code target}. */
    public void cloneAs(String target) {
        Replies.requireNoError("CloneRscDfn", lin.resourceDfnClone(resource, target));
    }
}
