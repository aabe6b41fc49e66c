package io.linstorj.satellite.drbd;

import java.util.Arrays;
import java.util.Optional;

/**
 * The replication state between a local DRBD volume and the same volume on one peer.
 *
 * <p>{@link #drbdName()} is the name DRBD prints (and LINSTOR reports), e.g. in
 * {@code drbdsetup events2} output.
 */
public enum ReplicationState {
    /** DRBD's {@code Off}. */
    OFF("Off"),
    /** DRBD's {@code Established}. */
    ESTABLISHED("Established"),
    /** DRBD's {@code StartingSyncS}. */
    STARTING_SYNC_S("StartingSyncS"),
    /** DRBD's {@code StartingSyncT}. */
    STARTING_SYNC_T("StartingSyncT"),
    /** DRBD's {@code WFBitMapS}. */
    WF_BITMAP_S("WFBitMapS"),
    /** DRBD's {@code WFBitMapT}. */
    WF_BITMAP_T("WFBitMapT"),
    /** DRBD's {@code WFSyncUUID}. */
    WF_SYNC_UUID("WFSyncUUID"),
    /** DRBD's {@code SyncSource}. */
    SYNC_SOURCE("SyncSource"),
    /** DRBD's {@code SyncTarget}. */
    SYNC_TARGET("SyncTarget"),
    /** DRBD's {@code VerifyS}. */
    VERIFY_S("VerifyS"),
    /** DRBD's {@code VerifyT}. */
    VERIFY_T("VerifyT"),
    /** DRBD's {@code PausedSyncS}. */
    PAUSED_SYNC_S("PausedSyncS"),
    /** DRBD's {@code PausedSyncT}. */
    PAUSED_SYNC_T("PausedSyncT"),
    /** DRBD's {@code Ahead}. */
    AHEAD("Ahead"),
    /** DRBD's {@code Behind}. */
    BEHIND("Behind");

    private final String drbdName;

    ReplicationState(String drbdName) {
        this.drbdName = drbdName;
    }

    /** Whether the local volume is receiving a resync from the peer (or about to). */
    public boolean isSyncTarget() {
        return this == STARTING_SYNC_T
                || this == WF_BITMAP_T
                || this == WF_SYNC_UUID
                || this == SYNC_TARGET
                || this == PAUSED_SYNC_T;
    }

    /** Whether the local volume is sending a resync to the peer (or about to). */
    public boolean isSyncSource() {
        return this == STARTING_SYNC_S || this == WF_BITMAP_S || this == SYNC_SOURCE || this == PAUSED_SYNC_S;
    }

    /** The name DRBD uses for this value. */
    public String drbdName() {
        return drbdName;
    }

    /** The value DRBD calls {@code drbdName}, if there is one. */
    public static Optional<ReplicationState> fromDrbdName(String drbdName) {
        return Arrays.stream(values())
                .filter(value -> value.drbdName.equals(drbdName))
                .findFirst();
    }

    @Override
    public String toString() {
        return drbdName;
    }
}
