package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.ReplicationState;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One line of {@code drbdsetup events2} output, parsed. State fields are optional because a
 * {@code change} line carries only what changed.
 */
sealed interface Events2Event {
    /** The verb at the start of a line. */
    enum Action {
        /** Part of the initial state dump. */
        EXISTS,
        /** A new object. */
        CREATE,
        /** A changed object; only the changed fields. */
        CHANGE,
        /** A removed object. */
        DESTROY,
        /** A user-mode helper was called. */
        CALL,
        /** A user-mode helper returned. */
        RESPONSE
    }

    /** The action of the line. */
    Action action();

    /** An event about one object of a resource. */
    sealed interface OfResource extends Events2Event {
        /** The resource's name. */
        String name();
    }

    /** {@code exists -}: the initial state dump is complete; changes follow. */
    record InitialStateDone() implements Events2Event {
        @Override
        public Action action() {
            return Action.EXISTS;
        }
    }

    /** A {@code resource} line. */
    record Resource(Action action, String name, Optional<DrbdRole> role) implements OfResource {}

    /** A {@code connection} line: the connection to one peer. */
    record Connection(
            Action action,
            String name,
            int peerNodeId,
            Optional<String> peerName,
            Optional<ConnectionState> connection,
            Optional<DrbdRole> peerRole)
            implements OfResource {}

    /** A {@code device} line: one local volume. */
    record Device(Action action, String name, int volume, OptionalInt minor, Optional<DiskState> disk)
            implements OfResource {}

    /** A {@code peer-device} line: one volume towards one peer. */
    record PeerDevice(
            Action action,
            String name,
            int peerNodeId,
            Optional<String> peerName,
            int volume,
            Optional<ReplicationState> replication,
            Optional<DiskState> peerDisk,
            OptionalDouble donePercent)
            implements OfResource {}

    /** A {@code call}/{@code response} line of a user-mode helper such as before-resync-target. */
    record Helper(Action action, String name, String helper, Map<String, String> fields) implements OfResource {}

    /** Any other object (e.g. {@code path}); the state model does not use it. */
    record Other(Action action, String objectType, Map<String, String> fields) implements Events2Event {}
}
