package io.linstorj.controller.event;

/** The value an event stream carries. */
public sealed interface EventValue {
    /** A volume's disk state, e.g. UpToDate, Inconsistent, Diskless. */
    record DiskState(String diskState) implements EventValue {
    }

    /** A resource's state on a node. */
    record ResourceState(boolean ready, boolean inUse) implements EventValue {
    }
}
