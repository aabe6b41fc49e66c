package io.linstorj.controller.event;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;

/** The value an event stream carries. */
public sealed interface EventValue {
    /** A volume's disk state, e.g. UpToDate, Inconsistent, Diskless. */
    record DiskState(String diskState) implements EventValue {}

    /**
     * How the taking of a snapshot on all its nodes stands.
     *
     * @param state {@link #SUSPENDING}, {@link #TAKING}, {@link #SUCCESSFUL} or {@link #FAILED}
     * @param reports why it failed; empty otherwise
     */
    record SnapshotDeployment(String state, List<ApiCallRc> reports) implements EventValue {
        /** Every node suspends I/O. */
        public static final String SUSPENDING = "Suspending";
        /** Every node suspended I/O and takes its copies. */
        public static final String TAKING = "Taking";
        /** Taken on every node and recorded. */
        public static final String SUCCESSFUL = "Successful";
        /** Given up: no node holds copies of it. */
        public static final String FAILED = "Failed";

        /** Copies the reports. */
        public SnapshotDeployment {
            reports = List.copyOf(reports);
        }
    }

    /**
     * A resource's state on a node, with the satellite's reasons when it could not realise it.
     *
     * @param reports the satellite's problems with the resource; empty when none
     */
    record ResourceState(boolean ready, boolean inUse, List<ApiCallRc> reports) implements EventValue {
        /** Copies the reports. */
        public ResourceState {
            reports = List.copyOf(reports);
        }

        /** A state without problems. */
        public ResourceState(boolean ready, boolean inUse) {
            this(ready, inUse, List.of());
        }
    }
}
