package io.linstorj.controller.event;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;

/** The value an event stream carries. */
public sealed interface EventValue {
    /** A volume's disk state, e.g. UpToDate, Inconsistent, Diskless. */
    record DiskState(String diskState) implements EventValue {
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
