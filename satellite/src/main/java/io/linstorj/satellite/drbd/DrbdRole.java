package io.linstorj.satellite.drbd;

import java.util.Arrays;
import java.util.Optional;

/**
 * The role of a DRBD resource on a node: Primary (in use, the device may be written) or Secondary.
 *
 * <p>{@link #drbdName()} is the name DRBD prints (and LINSTOR reports), e.g. in
 * {@code drbdsetup events2} output.
 */
public enum DrbdRole {
    /** DRBD's {@code Primary}. */
    PRIMARY("Primary"),
    /** DRBD's {@code Secondary}. */
    SECONDARY("Secondary"),
    /** DRBD's {@code Unknown}. */
    UNKNOWN("Unknown");

    private final String drbdName;

    DrbdRole(String drbdName) {
        this.drbdName = drbdName;
    }

    /** The name DRBD uses for this value. */
    public String drbdName() {
        return drbdName;
    }

    /** The value DRBD calls {@code drbdName}, if there is one. */
    public static Optional<DrbdRole> fromDrbdName(String drbdName) {
        return Arrays.stream(values())
                .filter(value -> value.drbdName.equals(drbdName))
                .findFirst();
    }

    @Override
    public String toString() {
        return drbdName;
    }
}
