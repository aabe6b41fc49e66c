package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.Resource;

/**
 * How a new diskful replica gets its data, decided when the replica is created and kept as a
 * resource property so that restarts do not change the answer: replicas created while the
 * resource has no diskful replica yet (the first one, or all of an autoplace at once) start
 * UpToDate without an initial sync; a replica added beside existing data syncs from a peer.
 */
public final class InitialSyncRule {
    /** The resource property holding the decision. */
    public static final String PROP = "Internal/Drbd/InitialSync";
    /** Value: start UpToDate, no initial sync. */
    public static final String SKIP = "skip";
    /** Value: start Inconsistent and sync from a diskful peer. */
    public static final String FROM_PEER = "from-peer";

    private InitialSyncRule() {}

    /**
     * The property value for a replica created now.
     *
     * @param existingDiskfulPeers diskful replicas of the resource that existed before this
     *                             change
     */
    public static String decide(int existingDiskfulPeers) {
        return existingDiskfulPeers == 0 ? SKIP : FROM_PEER;
    }

    /** True when the replica starts without an initial sync. */
    public static boolean skips(Resource replica) {
        return SKIP.equals(replica.props().get(PROP));
    }
}
