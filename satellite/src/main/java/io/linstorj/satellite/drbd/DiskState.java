package io.linstorj.satellite.drbd;

import java.util.Arrays;
import java.util.Optional;

/**
 * The state of a DRBD volume's disk, local or as a peer reports it.
 *
 * <p>{@link #drbdName()} is the name DRBD prints (and LINSTOR reports), e.g. in
 * {@code drbdsetup events2} output.
 */
public enum DiskState {
    /** DRBD's {@code Diskless}. */
    DISKLESS("Diskless"),
    /** DRBD's {@code Attaching}. */
    ATTACHING("Attaching"),
    /** DRBD's {@code Detaching}. */
    DETACHING("Detaching"),
    /** DRBD's {@code Failed}. */
    FAILED("Failed"),
    /** DRBD's {@code Negotiating}. */
    NEGOTIATING("Negotiating"),
    /** DRBD's {@code Inconsistent}. */
    INCONSISTENT("Inconsistent"),
    /** DRBD's {@code Outdated}. */
    OUTDATED("Outdated"),
    /** DRBD's {@code DUnknown}. */
    DUNKNOWN("DUnknown"),
    /** DRBD's {@code Consistent}. */
    CONSISTENT("Consistent"),
    /** DRBD's {@code UpToDate}. */
    UP_TO_DATE("UpToDate");

    private final String drbdName;

    DiskState(String drbdName) {
        this.drbdName = drbdName;
    }

    /** The name DRBD uses for this value. */
    public String drbdName() {
        return drbdName;
    }

    /** The value DRBD calls {@code drbdName}, if there is one. */
    public static Optional<DiskState> fromDrbdName(String drbdName) {
        return Arrays.stream(values())
                .filter(value -> value.drbdName.equals(drbdName))
                .findFirst();
    }

    @Override
    public String toString() {
        return drbdName;
    }
}
