package io.linstorj.satellite.drbd;

import java.util.Arrays;
import java.util.Optional;

/**
 * The state of the network connection between the local node and one peer of a DRBD resource.
 *
 * <p>{@link #drbdName()} is the name DRBD prints (and LINSTOR reports), e.g. in
 * {@code drbdsetup events2} output.
 */
public enum ConnectionState {
    /** DRBD's {@code StandAlone}. */
    STAND_ALONE("StandAlone"),
    /** DRBD's {@code Disconnecting}. */
    DISCONNECTING("Disconnecting"),
    /** DRBD's {@code Unconnected}. */
    UNCONNECTED("Unconnected"),
    /** DRBD's {@code Timeout}. */
    TIMEOUT("Timeout"),
    /** DRBD's {@code BrokenPipe}. */
    BROKEN_PIPE("BrokenPipe"),
    /** DRBD's {@code NetworkFailure}. */
    NETWORK_FAILURE("NetworkFailure"),
    /** DRBD's {@code ProtocolError}. */
    PROTOCOL_ERROR("ProtocolError"),
    /** DRBD's {@code TearDown}. */
    TEAR_DOWN("TearDown"),
    /** DRBD's {@code Connecting}. */
    CONNECTING("Connecting"),
    /** DRBD's {@code Connected}. */
    CONNECTED("Connected");

    private final String drbdName;

    ConnectionState(String drbdName) {
        this.drbdName = drbdName;
    }

    /** The name DRBD uses for this value. */
    public String drbdName() {
        return drbdName;
    }

    /** The value DRBD calls {@code drbdName}, if there is one. */
    public static Optional<ConnectionState> fromDrbdName(String drbdName) {
        return Arrays.stream(values())
                .filter(value -> value.drbdName.equals(drbdName))
                .findFirst();
    }

    @Override
    public String toString() {
        return drbdName;
    }
}
